// A fake HID reader behind the HidDevice seam: output reports are unwrapped by the device side of
// a wrapper and fed to a ReaderSimulator; its replies are cut into input reports (a read reply
// spans two dozen of them) and handed out one per read(), as hidraw does.
import type { HidDevice } from '../../../../../hardware/idCard/transport/hid/hidDevice.js';
import type { HidReportWrapper } from '../../../../../hardware/idCard/transport/hid/wrapper.js';
import type { ReaderSimulator } from '../../../../../hardware/idCard/simulator/readerSimulator.js';

export class FakeHidDevice implements HidDevice {
  readonly written: Uint8Array[] = [];
  private readonly queue: Uint8Array[] = [];
  private wake: (() => void) | undefined;
  private unplugged = false;
  closed = false;
  /** Called on each input report before it is handed out; return a changed copy to corrupt it. */
  tamper: ((report: Uint8Array, index: number) => Uint8Array) | undefined;
  private sent = 0;

  constructor(
    private readonly wrapper: HidReportWrapper,
    simulator: ReaderSimulator,
  ) {
    simulator.attach((bytes) => {
      for (const report of wrapper.wrapReply(bytes)) {
        const index = this.sent++;
        this.queue.push(this.tamper ? this.tamper(report, index) : report);
      }
      this.wake?.();
    });
    this.receive = (bytes) => simulator.receive(bytes);
  }

  private readonly receive: (bytes: Uint8Array) => void;

  async read(timeoutMs: number): Promise<Uint8Array | undefined> {
    if (this.unplugged) throw new Error('could not read from HID device');
    if (this.queue.length === 0) {
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, timeoutMs);
        this.wake = () => {
          clearTimeout(timer);
          resolve();
        };
      });
      this.wake = undefined;
    }
    if (this.unplugged) throw new Error('could not read from HID device');
    return this.queue.shift();
  }

  async write(report: Uint8Array): Promise<void> {
    if (this.unplugged) throw new Error('could not write to HID device');
    this.written.push(report);
    if (report[0] !== 0 || report.length !== this.wrapper.reportSize + 1) {
      throw new Error('output reports must carry report ID 0 and the full report length');
    }
    const unwrapped = this.wrapper.unwrapRequest(report.subarray(1));
    if (unwrapped.ok) this.receive(unwrapped.samBytes);
  }

  async close(): Promise<void> {
    this.closed = true;
  }

  unplug(): void {
    this.unplugged = true;
    this.wake?.();
  }
}
