// The booking receipt (预约回执): the centre's name, the booking code printed large, the service,
// the day and time, whether the centre has confirmed it yet ("waiting for confirmation" for a
// booking made while the centre was away), how to look it up or cancel it, and the hotline.
// Never the resident's phone, name or ID number. Words from locales/ (appointments.receipt.*),
// in the resident's language, like every other receipt.
import type { Language } from '../../../contract/index.js';
import { ReceiptBuilder, type ReceiptDocument, keep } from '../../../hardware/printer/index.js';
import { receiptText } from './receiptText.js';

export interface BookingReceiptFacts {
  language: Language;
  centreName: string;
  hotline: string;
  code: string;
  serviceName: string;
  homeVisit: boolean;
  date: string;
  start: string;
  end: string;
  confirmed: boolean;
}

export function buildBookingReceipt(facts: BookingReceiptFacts): ReceiptDocument {
  const t = receiptText(facts.language);
  return new ReceiptBuilder()
    .text(facts.centreName, { align: 'center', bold: true })
    .text(t('appointments.receipt.title'), { align: 'center' })
    .separator('=')
    .text(t('appointments.receipt.code'), { align: 'center' })
    .title(keep(facts.code))
    .separator()
    .row(t('appointments.receipt.service'), facts.serviceName)
    .row(t('appointments.receipt.when'), `${facts.date} ${facts.start}–${facts.end}`)
    .text(
      facts.homeVisit ? t('appointments.receipt.homeVisit') : t('appointments.receipt.atCentre'),
    )
    .separator()
    .text(
      facts.confirmed ? t('appointments.receipt.confirmed') : t('appointments.receipt.waiting'),
      { bold: true },
    )
    .text(t('appointments.receipt.lookUp'))
    .row(t('appointments.receipt.hotline'), keep(facts.hotline), { bold: true })
    .separator('=')
    .feed(2)
    .cut()
    .build();
}
