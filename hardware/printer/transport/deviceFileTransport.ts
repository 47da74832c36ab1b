// The Linux USB printer class device (/dev/usb/lp0): a plain file, opened once for reading and
// writing (usblp allows one opener). Non-blocking, so a printer that stops taking data (paper
// out) or never answers cannot tie up libuv's thread pool: writes retry on EAGAIN until a
// deadline, reads are polled only while someone listens (a status query).
//
// A FIFO or a regular file also works, for capture and tests: they carry bytes one way, so
// they are opened write-only and report canRead = false.
import { constants } from 'node:fs';
import { open, stat, type FileHandle } from 'node:fs/promises';
import { setTimeout as delay } from 'node:timers/promises';
import { TransportError, TransportEvents, type PrinterTransport } from './printerTransport.js';

export interface DeviceFileTransportOptions {
  readonly path: string;
  readonly pollIntervalMs?: number;
  /** How long the device may accept nothing before the write fails. */
  readonly writeTimeoutMs?: number;
}

const errorCode = (error: unknown): string | undefined =>
  error instanceof Error && 'code' in error && typeof error.code === 'string'
    ? error.code
    : undefined;

const openHints: Record<string, string> = {
  ENOENT: 'no such device (printer unplugged or off?)',
  ENXIO: 'nothing is reading the other end',
  EBUSY: 'another program has the printer open',
  EACCES: 'permission denied (add the kiosk user to the "lp" group)',
};

export class DeviceFileTransport implements PrinterTransport {
  readonly description: string;
  readonly #events = new TransportEvents();
  readonly #path: string;
  readonly #pollIntervalMs: number;
  readonly #writeTimeoutMs: number;
  #handle: FileHandle | undefined;
  #opening: Promise<void> | undefined;
  #canRead = false;
  #reading = false;

  constructor(options: DeviceFileTransportOptions) {
    this.#path = options.path;
    this.#pollIntervalMs = options.pollIntervalMs ?? 20;
    this.#writeTimeoutMs = options.writeTimeoutMs ?? 10_000;
    this.description = `file:${this.#path}`;
  }

  get isOpen(): boolean {
    return this.#handle !== undefined;
  }

  get canRead(): boolean {
    return this.#canRead;
  }

  open(): Promise<void> {
    if (this.#handle) return Promise.resolve();
    // Two callers opening at once share one attempt (usblp allows a single opener).
    this.#opening ??= this.#openDevice().finally(() => {
      this.#opening = undefined;
    });
    return this.#opening;
  }

  async #openDevice(): Promise<void> {
    const { O_RDWR, O_WRONLY, O_APPEND, O_NONBLOCK, O_NOCTTY } = constants;
    try {
      const info = await stat(this.#path);
      const flags = info.isCharacterDevice()
        ? O_RDWR | O_NONBLOCK | O_NOCTTY
        : info.isFIFO()
          ? O_WRONLY | O_NONBLOCK
          : info.isFile()
            ? O_WRONLY | O_APPEND
            : undefined;
      if (flags === undefined) {
        throw new TransportError('open-failed', `${this.#path} is not a device, FIFO or file`);
      }
      this.#handle = await open(this.#path, flags);
      this.#canRead = info.isCharacterDevice();
    } catch (error) {
      if (error instanceof TransportError) throw error;
      const hint = openHints[errorCode(error) ?? ''] ?? String(error);
      throw new TransportError('open-failed', `cannot open ${this.#path}: ${hint}`, {
        cause: error,
      });
    }
    this.#startReading();
  }

  async write(data: Uint8Array): Promise<void> {
    const handle = this.#handle;
    if (!handle) throw new TransportError('not-open', `${this.description} is not open`);
    let offset = 0;
    let deadline = Date.now() + this.#writeTimeoutMs;
    while (offset < data.length) {
      if (this.#handle !== handle) {
        throw new TransportError('link-lost', `${this.description} closed during a write`);
      }
      try {
        const { bytesWritten } = await handle.write(data, offset, data.length - offset, null);
        offset += bytesWritten;
        if (bytesWritten > 0) deadline = Date.now() + this.#writeTimeoutMs;
      } catch (error) {
        if (errorCode(error) !== 'EAGAIN') throw await this.#lost(handle, error);
        if (Date.now() > deadline) {
          throw new TransportError(
            'write-timeout',
            `${this.description} accepted no data for ${this.#writeTimeoutMs} ms (out of paper?)`,
          );
        }
        await delay(this.#pollIntervalMs);
      }
    }
  }

  onData(listener: (chunk: Buffer) => void): () => void {
    const off = this.#events.onData(listener);
    this.#startReading();
    return off;
  }

  onClose(listener: (error: TransportError | undefined) => void): () => void {
    return this.#events.onClose(listener);
  }

  async close(): Promise<void> {
    const handle = this.#handle;
    if (!handle) return;
    this.#handle = undefined;
    await handle.close().catch(() => undefined);
    this.#events.emitClose(undefined);
  }

  #startReading(): void {
    const handle = this.#handle;
    if (!handle || !this.#canRead || this.#reading || this.#events.dataListenerCount === 0) return;
    this.#reading = true;
    void this.#readLoop(handle).finally(() => {
      this.#reading = false;
      this.#startReading(); // a listener may have subscribed while the loop was ending
    });
  }

  async #readLoop(handle: FileHandle): Promise<void> {
    const buffer = Buffer.alloc(256);
    while (this.#handle === handle && this.#events.dataListenerCount > 0) {
      try {
        const { bytesRead } = await handle.read(buffer, 0, buffer.length, null);
        if (bytesRead > 0) {
          this.#events.emitData(Buffer.from(buffer.subarray(0, bytesRead)));
          continue;
        }
      } catch (error) {
        if (errorCode(error) !== 'EAGAIN') {
          await this.#lost(handle, error);
          return;
        }
      }
      await delay(this.#pollIntervalMs);
    }
  }

  /** The device went away (unplugged, reader gone): drop the handle and tell listeners. */
  async #lost(handle: FileHandle, cause: unknown): Promise<TransportError> {
    const error = new TransportError(
      'link-lost',
      `${this.description} went away: ${errorCode(cause) ?? String(cause)}`,
      { cause },
    );
    if (this.#handle === handle) {
      this.#handle = undefined;
      await handle.close().catch(() => undefined);
      this.#events.emitClose(error);
    }
    return error;
  }
}
