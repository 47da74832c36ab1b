// HID wrapper of readers enumerating as VID 0x10C4 PID 0x0007 (HARDWARE.md; read from a public
// Android driver for this reader family). All of the vendor's framing lives in this file.
//
// Output report (host → reader), 64 bytes, zero-padded:
//   0x88 | SRN(2) | LEN(2, LE) = 1 + n | 0xB1 (SAM pass-through) | SAM frame (n ≤ 56) | SUM(2, LE)
// Input report (reader → host), 64 bytes:
//   0xAA | SRN(2) | LEN(2, LE) = 3 + n | RESULT | PKT(2) | SAM bytes (n ≤ 54) | SUM(2, LE)
// SUM is the 16-bit additive sum of the bytes from LEN up to the checksum.
//
// Assumptions where the source is silent, kept to this file:
// - SRN is sent as 0 and ignored on receipt; the reference driver does the same.
// - RESULT and PKT (a per-report packet number) are ignored on receipt, as the reference driver
//   ignores them; a lost or repeated report still fails the SAM frame's own LEN and XOR checks.
//   The device side writes RESULT 0 and numbers packets from 0, big-endian.
// - A request never needs more than one report (the longest SAM request is 10 bytes); wrapRequest
//   refuses a longer frame rather than guess at a multi-report request format.
import { byteAt, readUint16LE } from '../../protocol/bytes.js';
import type { HidReportWrapper, UnwrappedReport } from './wrapper.js';

const REPORT_SIZE = 64;
const REQUEST_FLAG = 0x88;
const REPLY_FLAG = 0xaa;
const SAM_PASS_THROUGH = 0xb1;
const MAX_REQUEST_BYTES = 56;
const MAX_REPLY_BYTES = 54;

function additiveSum(bytes: Uint8Array, start: number, end: number): number {
  let sum = 0;
  for (let index = start; index < end; index += 1) sum = (sum + byteAt(bytes, index)) & 0xffff;
  return sum;
}

/** Fills in header, length and checksum around `body` (the bytes after LEN). */
function buildReport(flag: number, body: Uint8Array): Uint8Array {
  const report = new Uint8Array(REPORT_SIZE);
  report[0] = flag;
  report[3] = body.length & 0xff;
  report[4] = body.length >> 8;
  report.set(body, 5);
  const end = 5 + body.length;
  const sum = additiveSum(report, 3, end);
  report[end] = sum & 0xff;
  report[end + 1] = sum >> 8;
  return report;
}

/** Checks flag, length and checksum; returns the bytes after LEN. */
function openReport(report: Uint8Array, flag: number, minBody: number): UnwrappedReport {
  if (report.length !== REPORT_SIZE || byteAt(report, 0) !== flag) {
    return { ok: false, reason: 'bad-header' };
  }
  const length = readUint16LE(report, 3);
  if (length < minBody || 5 + length + 2 > REPORT_SIZE) return { ok: false, reason: 'bad-length' };
  const end = 5 + length;
  if (additiveSum(report, 3, end) !== readUint16LE(report, end)) {
    return { ok: false, reason: 'bad-checksum' };
  }
  return { ok: true, samBytes: report.slice(5, end) };
}

export const wrapper10c4_0007: HidReportWrapper = {
  name: '10c4:0007 (0x88/0xAA reports)',
  vendorId: 0x10c4,
  productId: 0x0007,
  reportSize: REPORT_SIZE,

  wrapRequest(samFrame) {
    if (samFrame.length > MAX_REQUEST_BYTES) {
      throw new RangeError(`a ${samFrame.length}-byte request does not fit one report`);
    }
    const body = new Uint8Array(1 + samFrame.length);
    body[0] = SAM_PASS_THROUGH;
    body.set(samFrame, 1);
    return [buildReport(REQUEST_FLAG, body)];
  },

  unwrapReply(report) {
    const opened = openReport(report, REPLY_FLAG, 3);
    // Skip RESULT and the packet number.
    return opened.ok ? { ok: true, samBytes: opened.samBytes.subarray(3) } : opened;
  },

  unwrapRequest(report) {
    const opened = openReport(report, REQUEST_FLAG, 1);
    if (!opened.ok) return opened;
    if (byteAt(opened.samBytes, 0) !== SAM_PASS_THROUGH) return { ok: false, reason: 'bad-header' };
    return { ok: true, samBytes: opened.samBytes.subarray(1) };
  },

  wrapReply(samFrame) {
    const reports: Uint8Array[] = [];
    for (let offset = 0, packet = 0; offset < samFrame.length; offset += MAX_REPLY_BYTES) {
      const part = samFrame.subarray(offset, offset + MAX_REPLY_BYTES);
      const body = new Uint8Array(3 + part.length);
      body[1] = packet >> 8;
      body[2] = packet & 0xff;
      body.set(part, 3);
      reports.push(buildReport(REPLY_FLAG, body));
      packet += 1;
    }
    return reports;
  },
};
