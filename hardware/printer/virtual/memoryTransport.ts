// An in-process link to a virtual printer: the "simulator" printer spec. Bytes and replies
// cross on the next turn of the event loop, as they would over a real link.
import { setImmediate as nextTurn } from 'node:timers/promises';
import {
  TransportError,
  TransportEvents,
  type PrinterTransport,
} from '../transport/printerTransport.js';
import type { VirtualPrinter } from './virtualPrinter.js';

export interface MemoryTransportOptions {
  /** The printer "goes away" once it has taken this many bytes over this link. */
  readonly dropAfterBytes?: number;
}

export class MemoryTransport implements PrinterTransport {
  readonly description = 'simulator';
  readonly canRead = true;
  readonly #events = new TransportEvents();
  readonly #printer: VirtualPrinter;
  #dropAfterBytes: number | undefined;
  #open = false;
  #carried = 0;

  constructor(printer: VirtualPrinter, options: MemoryTransportOptions = {}) {
    this.#printer = printer;
    this.#dropAfterBytes = options.dropAfterBytes;
  }

  get isOpen(): boolean {
    return this.#open;
  }

  /** Makes the link fail after `bytes` more bytes (undefined: never). */
  dropAfter(bytes: number | undefined): void {
    this.#dropAfterBytes = bytes === undefined ? undefined : this.#carried + bytes;
  }

  async open(): Promise<void> {
    this.#open = true;
  }

  async write(data: Uint8Array): Promise<void> {
    if (!this.#open) throw new TransportError('not-open', 'simulator link is not open');
    await nextTurn();
    const room =
      this.#dropAfterBytes === undefined ? data.length : this.#dropAfterBytes - this.#carried;
    const taken = Buffer.from(data).subarray(0, Math.max(0, Math.min(room, data.length)));
    this.#carried += taken.length;
    const reply = taken.length > 0 ? this.#printer.receive(taken) : Buffer.alloc(0);
    if (taken.length < data.length) {
      this.#open = false;
      const error = new TransportError('link-lost', 'simulator link went away');
      this.#events.emitClose(error);
      throw error;
    }
    if (reply.length > 0) {
      void nextTurn().then(() => {
        if (this.#open) this.#events.emitData(reply);
      });
    }
  }

  onData(listener: (chunk: Buffer) => void): () => void {
    return this.#events.onData(listener);
  }

  onClose(listener: (error: TransportError | undefined) => void): () => void {
    return this.#events.onClose(listener);
  }

  async close(): Promise<void> {
    if (!this.#open) return;
    this.#open = false;
    this.#events.emitClose(undefined);
  }
}
