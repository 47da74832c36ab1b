// An in-memory link to a simulated device (the card reader simulator, the virtual printer): the
// same bytes as a real link, without one. Delivery is asynchronous (a microtask) both ways, like
// any real link, so code that only works when a reply arrives synchronously fails here too.
// unplug()/plugIn() model the device going away; dropAfter() a link that fails part-way.
import { ConnectionEvents, LinkError, notOpen, type Connection, type Link } from './link.js';

/** The device's end of the pair: bytes in through receive(), bytes out through attach()'s output. */
export interface MemoryDevice {
  receive(bytes: Uint8Array): void;
  /** Routes the device's output to `output`; returns a detach function. */
  attach(output: (bytes: Uint8Array) => void): () => void;
}

export interface MemoryLinkOptions {
  readonly description?: string;
  /** The link "goes away" once it has carried this many bytes to the device. */
  readonly dropAfterBytes?: number;
}

export class MemoryLink implements Link {
  readonly description: string;
  #plugged = true;
  #current: ConnectionEvents | undefined;
  #carried = 0;
  #dropAfterBytes: number | undefined;

  constructor(
    readonly device: MemoryDevice,
    options: MemoryLinkOptions = {},
  ) {
    this.description = options.description ?? 'simulator';
    this.#dropAfterBytes = options.dropAfterBytes;
  }

  /** Whether a connection is open now (a driver holding its link, or between jobs). */
  get isConnected(): boolean {
    return this.#current !== undefined && !this.#current.isClosed;
  }

  /** Makes the link fail after `bytes` more bytes (undefined: never). */
  dropAfter(bytes: number | undefined): void {
    this.#dropAfterBytes = bytes === undefined ? undefined : this.#carried + bytes;
  }

  open(): Promise<Connection> {
    if (!this.#plugged) {
      return Promise.reject(new LinkError('open-failed', `${this.description} is unplugged`));
    }
    const events = new ConnectionEvents();
    this.#current = events;
    const detach = this.device.attach((bytes) => {
      const copy = Uint8Array.from(bytes);
      queueMicrotask(() => events.emitData(copy));
    });
    void events.closed.then(detach);
    const description = this.description;
    return Promise.resolve({
      description,
      canRead: true,
      closed: events.closed,
      get isClosed() {
        return events.isClosed;
      },
      onData: (listener) => events.onData(listener),
      write: (bytes) => this.#carry(events, Uint8Array.from(bytes)),
      close: () => {
        events.end();
        return Promise.resolve();
      },
    });
  }

  /** The device disappears: the open connection ends with an error and open() fails. */
  unplug(): void {
    this.#plugged = false;
    this.#current?.end(new LinkError('link-lost', `${this.description} unplugged`));
    this.#current = undefined;
  }

  plugIn(): void {
    this.#plugged = true;
  }

  #carry(events: ConnectionEvents, bytes: Uint8Array): Promise<void> {
    if (events.isClosed) return Promise.reject(notOpen(this.description));
    return new Promise((resolve, reject) => {
      queueMicrotask(() => {
        if (events.isClosed) return reject(notOpen(this.description));
        const room =
          this.#dropAfterBytes === undefined ? bytes.length : this.#dropAfterBytes - this.#carried;
        const taken = bytes.subarray(0, Math.max(0, Math.min(room, bytes.length)));
        this.#carried += taken.length;
        if (taken.length > 0) this.device.receive(taken);
        if (taken.length === bytes.length) return resolve();
        const error = new LinkError('link-lost', `${this.description} went away`);
        events.end(error);
        reject(error);
      });
    });
  }
}
