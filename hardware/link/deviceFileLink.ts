// A device file: the Linux USB printer class device (/dev/usb/lp0), opened for reading and
// writing (usblp allows one opener). Non-blocking, so a device that stops taking data (paper
// out) or never answers cannot tie up libuv's thread pool: writes retry on EAGAIN until a
// deadline, reads are polled only while someone listens (a status query).
//
// A FIFO or a regular file also works, for capture and tests: they carry bytes one way, so
// they are opened write-only and report canRead = false.
import { constants } from 'node:fs';
import { open, stat, type FileHandle } from 'node:fs/promises';
import { setTimeout as delay } from 'node:timers/promises';
import { ConnectionEvents, LinkError, notOpen, type Connection, type Link } from './link.js';

export interface DeviceFileLinkOptions {
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

class DeviceFileConnection implements Connection {
  readonly #events = new ConnectionEvents();
  readonly closed = this.#events.closed;
  #handle: FileHandle | undefined;
  #reading = false;

  constructor(
    handle: FileHandle,
    readonly description: string,
    readonly canRead: boolean,
    private readonly options: Required<Omit<DeviceFileLinkOptions, 'path'>>,
  ) {
    this.#handle = handle;
  }

  get isClosed(): boolean {
    return this.#events.isClosed;
  }

  async write(data: Uint8Array): Promise<void> {
    const handle = this.#handle;
    if (!handle) throw notOpen(this.description);
    const { writeTimeoutMs, pollIntervalMs } = this.options;
    let offset = 0;
    let deadline = Date.now() + writeTimeoutMs;
    while (offset < data.length) {
      if (this.#handle !== handle) {
        throw new LinkError('link-lost', `${this.description} closed during a write`);
      }
      try {
        const { bytesWritten } = await handle.write(data, offset, data.length - offset, null);
        offset += bytesWritten;
        if (bytesWritten > 0) deadline = Date.now() + writeTimeoutMs;
      } catch (error) {
        if (errorCode(error) !== 'EAGAIN') throw await this.#lost(handle, error);
        if (Date.now() > deadline) {
          throw new LinkError(
            'write-timeout',
            `${this.description} accepted no data for ${writeTimeoutMs} ms (out of paper?)`,
          );
        }
        await delay(pollIntervalMs);
      }
    }
  }

  onData(listener: (chunk: Uint8Array) => void): () => void {
    const off = this.#events.onData(listener);
    this.#startReading();
    return off;
  }

  async close(): Promise<void> {
    const handle = this.#handle;
    if (!handle) return;
    this.#handle = undefined;
    await handle.close().catch(() => undefined);
    this.#events.end();
  }

  #startReading(): void {
    const handle = this.#handle;
    if (!handle || !this.canRead || this.#reading || this.#events.dataListenerCount === 0) return;
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
      await delay(this.options.pollIntervalMs);
    }
  }

  /** The device went away (unplugged, reader gone): drop the handle and end the connection. */
  async #lost(handle: FileHandle, cause: unknown): Promise<LinkError> {
    const error = new LinkError(
      'link-lost',
      `${this.description} went away: ${errorCode(cause) ?? String(cause)}`,
      { cause },
    );
    if (this.#handle === handle) {
      this.#handle = undefined;
      await handle.close().catch(() => undefined);
      this.#events.end(error);
    }
    return error;
  }
}

export function createDeviceFileLink(options: DeviceFileLinkOptions): Link {
  const { path } = options;
  const description = `file:${path}`;
  const rest = {
    pollIntervalMs: options.pollIntervalMs ?? 20,
    writeTimeoutMs: options.writeTimeoutMs ?? 10_000,
  };
  return {
    description,
    async open(): Promise<Connection> {
      const { O_RDWR, O_WRONLY, O_APPEND, O_NONBLOCK, O_NOCTTY } = constants;
      try {
        const info = await stat(path);
        const flags = info.isCharacterDevice()
          ? O_RDWR | O_NONBLOCK | O_NOCTTY
          : info.isFIFO()
            ? O_WRONLY | O_NONBLOCK
            : info.isFile()
              ? O_WRONLY | O_APPEND
              : undefined;
        if (flags === undefined) {
          throw new LinkError('open-failed', `${path} is not a device, FIFO or file`);
        }
        const handle = await open(path, flags);
        return new DeviceFileConnection(handle, description, info.isCharacterDevice(), rest);
      } catch (error) {
        if (error instanceof LinkError) throw error;
        const hint = openHints[errorCode(error) ?? ''] ?? String(error);
        throw new LinkError('open-failed', `cannot open ${path}: ${hint}`, { cause: error });
      }
    },
  };
}
