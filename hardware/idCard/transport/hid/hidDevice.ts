// The seam between the driver and node-hid: the three calls the HID transport needs from an open
// HIDAsync device. Tests pass a fake; production uses openNodeHidDevice(), which loads node-hid
// only when called, so a kiosk without an HID reader never loads the native module.

export interface HidDevice {
  /** The next input report, or undefined when none arrived within `timeoutMs`. */
  read(timeoutMs: number): Promise<Uint8Array | undefined>;
  /** Writes one output report; byte 0 is the report ID (0x00 for unnumbered reports). */
  write(report: Uint8Array): Promise<void>;
  close(): Promise<void>;
}

export type HidDeviceOpener = () => Promise<HidDevice>;

/** Opens the first HID interface with this vendor and product ID, through node-hid's HIDAsync. */
export function nodeHidOpener(vendorId: number, productId: number): HidDeviceOpener {
  const name = `${vendorId.toString(16).padStart(4, '0')}:${productId.toString(16).padStart(4, '0')}`;
  return async () => {
    const HID = await import('node-hid');
    // Enumeration scans the bus; the reader's reconnect interval keeps this from running often.
    const found = await HID.devicesAsync(vendorId, productId);
    const path = found.find((device) => device.path)?.path;
    if (!path) throw new Error(`no HID device ${name} is connected`);
    const device = await HID.HIDAsync.open(path);
    return {
      read: async (timeoutMs) => {
        const report = await device.read(timeoutMs);
        return report && report.length > 0 ? Uint8Array.from(report) : undefined;
      },
      write: async (report) => {
        const written = await device.write(Buffer.from(report));
        if (written !== report.length) {
          throw new Error(`HID ${name}: wrote ${written} of ${report.length} bytes`);
        }
      },
      close: () => device.close(),
    };
  };
}
