// The printer's connection, held only as long as the link's policy says. holdMs = Infinity keeps
// it open between jobs (a serial port, a USB device file, the simulator: the kiosk is their only
// user); a finite holdMs closes it that long after the last operation; 0 closes it as soon as the
// operation is done, so each job is its own connection (network printers, see printerSpec.ts).
// Closing is clean and awaited: a spooling server prints the job when the connection closes.
import type { Clock } from '../../link/clock.js';
import type { Connection, Link } from '../../link/link.js';

export class HeldConnection {
  readonly #link: Link;
  readonly #holdMs: number;
  readonly #clock: Clock;
  #connection: Connection | undefined;
  #opening: Promise<Connection> | undefined;
  #cancelRelease: (() => void) | undefined;

  constructor(link: Link, holdMs: number, clock: Clock) {
    this.#link = link;
    this.#holdMs = holdMs;
    this.#clock = clock;
  }

  /** The connection now, if one is open. */
  get current(): Connection | undefined {
    return this.#connection && !this.#connection.isClosed ? this.#connection : undefined;
  }

  /** The open connection, opening one if needed; a pending release is called off. */
  acquire(): Promise<Connection> {
    this.#cancelRelease?.();
    this.#cancelRelease = undefined;
    const current = this.current;
    if (current) return Promise.resolve(current);
    // Two callers opening at once share one attempt (a port or usblp allows one opener).
    this.#opening ??= this.#link.open().then(
      (connection) => {
        this.#opening = undefined;
        this.#connection = connection;
        return connection;
      },
      (error: unknown) => {
        this.#opening = undefined;
        throw error;
      },
    );
    return this.#opening;
  }

  /** The operation is done: close now, after the hold, or never, as the policy says. */
  async release(): Promise<void> {
    if (this.#holdMs === Number.POSITIVE_INFINITY) return;
    if (this.#holdMs <= 0) return this.close();
    this.#cancelRelease?.();
    this.#cancelRelease = this.#clock.after(this.#holdMs, () => {
      this.#cancelRelease = undefined;
      void this.close();
    });
  }

  async close(): Promise<void> {
    this.#cancelRelease?.();
    this.#cancelRelease = undefined;
    const connection = this.#connection;
    this.#connection = undefined;
    await connection?.close();
  }
}
