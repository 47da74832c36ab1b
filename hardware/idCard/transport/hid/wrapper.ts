// How a vendor tunnels SAM frames through 64-byte HID reports. Each vendor's scheme is one file
// implementing this interface; the HID transport and the tests work with any of them.

/** The outcome of unwrapping one input report. */
export type UnwrappedReport =
  | { readonly ok: true; readonly samBytes: Uint8Array }
  | { readonly ok: false; readonly reason: 'bad-header' | 'bad-length' | 'bad-checksum' };

export interface HidReportWrapper {
  readonly name: string;
  readonly vendorId: number;
  readonly productId: number;
  /** Bytes per report, not counting the report-ID byte node-hid prepends on write. */
  readonly reportSize: number;

  /** Host side: the output reports (without report ID) that carry one SAM request frame. */
  wrapRequest(samFrame: Uint8Array): Uint8Array[];
  /** Host side: the SAM bytes one input report carries. */
  unwrapReply(report: Uint8Array): UnwrappedReport;

  /** Device side, for simulators and tests: the SAM bytes one output report carries. */
  unwrapRequest(report: Uint8Array): UnwrappedReport;
  /** Device side: the input reports that carry one SAM response frame. */
  wrapReply(samFrame: Uint8Array): Uint8Array[];
}
