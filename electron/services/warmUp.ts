// The first request after a start used to take ~280 ms instead of ~20: iconv-lite builds its
// GB18030 table on the first encode (~110 ms; every receipt's text is checked against it), and
// qr-image compiles its code on the first QR code (the lookup code's image in every reply); the
// receipts' i18next instance loads its resources at first use (~3 ms). A kiosk starts long
// before its first resident, so all three are paid a few seconds after start, off the
// resident's path. The timer is unref'd and cleared on close, so a short-lived runtime (a test)
// never pays it.
import { normalizeForPrint } from '../../hardware/printer/index.js';
import { lookupQrDataUri } from './receipts/lookupQr.js';
import { receiptText } from './receipts/receiptText.js';

export const warmUpAfterMs = 3_000;

/** Builds the lazy tables the first receipt would otherwise build. */
export function warmUpReceiptPath(): void {
  normalizeForPrint('您好，社区服务中心。1');
  lookupQrDataUri('A00-20260101-0001');
  receiptText('zh-CN')('receipt.ticket');
}

/** Warms up once, `afterMs` from now; returns a function that cancels it. */
export function scheduleWarmUp(afterMs = warmUpAfterMs, warm = warmUpReceiptPath): () => void {
  const timer = setTimeout(warm, afterMs);
  timer.unref();
  return () => clearTimeout(timer);
}
