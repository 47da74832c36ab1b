// The printer test page: printed through the same driver, link and status checks as a receipt,
// and plainly marked as a test on paper, so nobody takes it for a ticket. It is not recorded as a
// print job: a failed test page is no receipt for staff to reprint.
import { randomUUID } from 'node:crypto';
import type { TestPageResult } from '../../../contract/staffTools.js';
import {
  PrintError,
  ReceiptBuilder,
  type ReceiptDocument,
  keep,
} from '../../../hardware/printer/index.js';
import type { PrinterDevice } from '../devices/printerDevice.js';

export interface TestPageFacts {
  kioskId: string;
  communityName: string;
  driver: string;
  version: string;
  /** Local date and time, already formatted (no long digit runs). */
  printedAt: string;
}

export function buildTestPage(facts: TestPageFacts): ReceiptDocument {
  return new ReceiptBuilder()
    .title('测试页 TEST PAGE', { align: 'center' })
    .text('这不是回执 · Not a receipt', { align: 'center', bold: true })
    .separator('=')
    .text(facts.communityName, { align: 'center' })
    .row('一体机 Kiosk', keep(facts.kioskId))
    .row('打印机 Printer', keep(facts.driver))
    .row('版本 Version', keep(facts.version))
    .row('时间 Time', keep(facts.printedAt))
    .separator()
    .text('ABCDEFGHIJKLMNOPQRSTUVWXYZ')
    .text('汉字测试：社区服务中心')
    .text('打印正常 · Printing works', { bold: true })
    .separator('=')
    .text('测试页 TEST PAGE', { align: 'center' })
    .feed(2)
    .cut()
    .build();
}

export async function printTestPage(
  printer: Pick<PrinterDevice, 'print'>,
  document: ReceiptDocument,
): Promise<TestPageResult> {
  try {
    const result = await printer.print(`test-page-${randomUUID()}`, document);
    return { outcome: 'printed', problem: null, warnings: [...result.warnings] };
  } catch (error) {
    const problem = error instanceof PrintError ? error.reason : 'printer-error';
    return { outcome: 'failed', problem, warnings: [] };
  }
}
