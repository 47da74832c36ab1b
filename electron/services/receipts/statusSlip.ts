// A slip a resident can take home after checking a request: the ticket, the three stages with
// their dates, the handler's latest note and when the kiosk last heard. Nothing personal. A long
// note is printed as its first few lines and a pointer to the screen and the hotline: paper is
// for taking home, and a 6,000-character note would be a metre and a half of it.
import type { Language, RequestStatus } from '../../../contract/index.js';
import { ReceiptBuilder, type ReceiptDocument, keep } from '../../../hardware/printer/index.js';
import { capText } from '../../../text/capText.js';
import { receiptWords } from './receiptWords.js';
import { statusWords } from './statusWords.js';

export interface StatusSlipFacts {
  status: RequestStatus;
  lookupCode: string;
  categoryTitle: string;
  centreName: string;
  hotline: string;
  language: Language;
  /** Formats an ISO time as local date and time in the centre's time zone. */
  localTime: (iso: string) => string;
}

/** About four lines on 58 mm paper in Chinese, six in English. */
export const maxPrintedNoteChars = 80;

export function buildStatusSlip(facts: StatusSlipFacts): ReceiptDocument {
  const words = statusWords[facts.language];
  const receipt = receiptWords[facts.language];
  const { status } = facts;
  const slip = new ReceiptBuilder()
    .text(facts.centreName, { align: 'center', bold: true })
    .text(words.title, { align: 'center' })
    .separator('=')
    .text(receipt.ticket, { align: 'center' })
    .title(keep(status.ticket))
    .qr(facts.lookupCode, { align: 'center' })
    .separator()
    .row(receipt.category, facts.categoryTitle)
    .row(receipt.need, status.need ? status.need.title[facts.language] : receipt.somethingElse)
    .separator();
  for (const { stage, at } of status.stages) {
    slip.row(words.stages[stage], at ? keep(facts.localTime(at)) : words.notYet, {
      bold: stage === status.stage,
    });
  }
  if (status.handlerNote) {
    const printed = capText(status.handlerNote, maxPrintedNoteChars);
    slip.separator().text(`${words.note}:`, { bold: true }).text(printed);
    if (printed !== status.handlerNote) slip.text(words.noteContinues);
  }
  return slip
    .separator()
    .row(words.updated, keep(facts.localTime(status.lastUpdatedAt)))
    .row(receipt.hotline, keep(facts.hotline), { bold: true })
    .feed(2)
    .cut()
    .build();
}
