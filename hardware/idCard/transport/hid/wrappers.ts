// The HID wrappers this driver knows, by vendor and product ID. Supporting another vendor's reader
// is one more wrapper file and one more entry here.
import type { HidReportWrapper } from './wrapper.js';
import { wrapper10c4_0007 } from './wrapper10c4_0007.js';

export const HID_WRAPPERS: readonly HidReportWrapper[] = [wrapper10c4_0007];

export function findHidWrapper(vendorId: number, productId: number): HidReportWrapper | undefined {
  return HID_WRAPPERS.find(
    (wrapper) => wrapper.vendorId === vendorId && wrapper.productId === productId,
  );
}
