// HID transport: SAM frames tunnelled in reports by a vendor wrapper, over the HidDevice seam.
// A read loop pulls input reports, unwraps them and emits the SAM bytes, which the session's frame
// parser reassembles exactly as it does serial chunks. A report that fails the wrapper's own checks
// is dropped; the SAM frame it belonged to then fails its checks and the command is retried.
import {
  ConnectionEvents,
  lostLink,
  notOpen,
  type Connection,
  type Link,
} from '../../../link/link.js';
import type { HidDevice, HidDeviceOpener } from './hidDevice.js';
import type { HidReportWrapper } from './wrapper.js';

export interface HidTransportOptions {
  readonly open: HidDeviceOpener;
  readonly wrapper: HidReportWrapper;
  /** How long one read() waits before the loop checks whether it should stop. */
  readonly readTimeoutMs?: number;
  readonly description?: string;
}

/** Some platforms hand back unnumbered reports with the 0x00 report ID still in front. */
function withoutReportId(report: Uint8Array, reportSize: number): Uint8Array {
  return report.length === reportSize + 1 && report[0] === 0 ? report.subarray(1) : report;
}

class HidConnection implements Connection {
  readonly canRead = true;
  private readonly events = new ConnectionEvents();
  readonly closed = this.events.closed;
  private closing = false;
  private closeDone: Promise<void> | undefined;
  private readonly loop: Promise<void>;

  constructor(
    private readonly device: HidDevice,
    private readonly options: HidTransportOptions,
    readonly description: string,
  ) {
    this.loop = this.readLoop();
  }

  get isClosed(): boolean {
    return this.events.isClosed;
  }

  onData(listener: (chunk: Uint8Array) => void): () => void {
    return this.events.onData(listener);
  }

  async write(bytes: Uint8Array): Promise<void> {
    if (this.events.isClosed) throw notOpen(this.description);
    for (const report of this.options.wrapper.wrapRequest(bytes)) {
      const withId = new Uint8Array(report.length + 1); // report ID 0: unnumbered reports
      withId.set(report, 1);
      try {
        await this.device.write(withId);
      } catch (error) {
        throw await this.lose(error);
      }
    }
  }

  close(): Promise<void> {
    this.closeDone ??= (async () => {
      this.closing = true;
      await this.loop; // the loop's current read ends within readTimeoutMs
      await this.device.close().catch(() => undefined);
      this.events.end();
    })();
    return this.closeDone;
  }

  private async readLoop(): Promise<void> {
    const { wrapper } = this.options;
    const timeout = this.options.readTimeoutMs ?? 100;
    while (!this.closing) {
      let report: Uint8Array | undefined;
      try {
        report = await this.device.read(timeout);
      } catch (error) {
        // A read error is how an unplugged HID device shows itself.
        if (!this.closing) await this.lose(error);
        return;
      }
      if (!report || this.closing) continue;
      const unwrapped = wrapper.unwrapReply(withoutReportId(report, wrapper.reportSize));
      if (unwrapped.ok && unwrapped.samBytes.length > 0) this.events.emitData(unwrapped.samBytes);
    }
  }

  private async lose(error: unknown): Promise<Error> {
    this.closing = true;
    this.closeDone ??= this.device.close().catch(() => undefined);
    await this.closeDone;
    const lost = lostLink(this.description, error);
    this.events.end(lost);
    return lost;
  }
}

export function createHidTransport(options: HidTransportOptions): Link {
  const { wrapper } = options;
  const description =
    options.description ??
    `hid ${wrapper.vendorId.toString(16).padStart(4, '0')}:${wrapper.productId.toString(16).padStart(4, '0')}`;
  return {
    description,
    async open(): Promise<Connection> {
      const device = await options.open();
      return new HidConnection(device, options, description);
    },
  };
}
