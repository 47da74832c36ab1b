// A slip a resident can take home after checking a request: the ticket, the three stages with
// their dates, the handler's latest note and when the kiosk last heard. Nothing personal. A long
// note is printed as its first few lines and a pointer to the screen and the hotline: paper is
// for taking home, and a 6,000-character note would be a metre and a half of it. Its words are
// the screens' resources (locales/, receipt.* and receipt.status.*).
import type { Language, RequestStatus } from '../../../contract/index.js';
import { ReceiptBuilder, type ReceiptDocument, keep } from '../../../hardware/printer/index.js';
import { capText } from '../../../text/capText.js';
import { receiptText } from './receiptText.js';

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
  const t = receiptText(facts.language);
  const { status } = facts;
  const slip = new ReceiptBuilder()
    .text(facts.centreName, { align: 'center', bold: true })
    .text(t('receipt.status.title'), { align: 'center' })
    .separator('=')
    .text(t('receipt.ticket'), { align: 'center' })
    .title(keep(status.ticket))
    .qr(facts.lookupCode, { align: 'center' })
    .separator()
    .row(t('receipt.category'), facts.categoryTitle)
    .row(
      t('receipt.need'),
      status.need ? status.need.title[facts.language] : t('receipt.somethingElse'),
    )
    .separator();
  for (const { stage, at } of status.stages) {
    slip.row(
      t(`receipt.status.stages.${stage}`),
      at ? keep(facts.localTime(at)) : t('receipt.status.notYet'),
      { bold: stage === status.stage },
    );
  }
  if (status.handlerNote) {
    const printed = capText(status.handlerNote, maxPrintedNoteChars);
    slip
      .separator()
      .text(`${t('receipt.status.note')}:`, { bold: true })
      .text(printed);
    if (printed !== status.handlerNote) slip.text(t('receipt.status.noteContinues'));
  }
  return slip
    .separator()
    .row(t('receipt.status.updated'), keep(facts.localTime(status.lastUpdatedAt)))
    .row(t('receipt.hotline'), keep(facts.hotline), { bold: true })
    .feed(2)
    .cut()
    .build();
}
