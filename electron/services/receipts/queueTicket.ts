// The queue ticket (取号单) a resident holds until the window calls them: the number printed
// large (4× wide and tall, ESC/POS GS !, the largest that fits "BP02-A03" on 58 mm paper), the
// service, the day and time, how many wait ahead (marked as an estimate, 约, when the centre
// could not say), and a plain line naming the window. Words come from locales/ under
// takeNumber.receipt, as the screens' do. Nothing about the resident is printed.
import type { Language, LocalizedText } from '../../../contract/index.js';
import {
  ReceiptBuilder,
  type ReceiptDocument,
  keep,
  paper58,
} from '../../../hardware/printer/index.js';
import { receiptText } from './receiptText.js';

export interface QueueTicketFacts {
  language: Language;
  centreName: string;
  number: string;
  serviceName: LocalizedText;
  window: string;
  priority: boolean;
  /** The day and time as the resident reads them, e.g. 2026-12-01 09:05. */
  localTime: string;
  waitingAhead: number;
  estimated: boolean;
  /** Issued on the kiosk while the centre was unreachable. */
  issuedOffline: boolean;
}

/** The narrowest paper the kiosk prints on (58 mm: 32 columns); the number fits it. */
const narrowestColumns = paper58.columns;

/** The largest magnification (1–4) at which the number fits one line. */
export function numberMagnification(number: string, columns = narrowestColumns): number {
  for (let size = 4; size > 1; size -= 1) if (number.length * size <= columns) return size;
  return 1;
}

export function buildQueueTicket(facts: QueueTicketFacts): ReceiptDocument {
  const t = receiptText(facts.language);
  const size = numberMagnification(facts.number);
  const receipt = new ReceiptBuilder()
    .text(facts.centreName, { align: 'center', bold: true })
    .text(t('takeNumber.receipt.title'), { align: 'center', bold: true })
    .separator()
    .text(facts.serviceName[facts.language], { align: 'center', width: 2, height: 2, bold: true })
    .feed()
    .text(keep(facts.number), { align: 'center', width: size, height: size, bold: true });
  if (facts.priority)
    receipt.text(t('takeNumber.receipt.priority'), { align: 'center', bold: true });
  receipt
    .feed()
    .text(
      facts.estimated
        ? t('takeNumber.receipt.aheadEstimated', { people: facts.waitingAhead })
        : t('takeNumber.receipt.ahead', { people: facts.waitingAhead }),
      { align: 'center', width: 2, height: 2 },
    )
    .text(t('takeNumber.receipt.callWindow', { window: facts.window }), { bold: true })
    .row(t('takeNumber.receipt.time'), keep(facts.localTime));
  if (facts.issuedOffline) receipt.text(t('takeNumber.receipt.offline'));
  return receipt.text(t('takeNumber.receipt.keep'), { align: 'center' }).feed(2).cut().build();
}
