// The receipt for a request or an emergency: ticket in large print, a QR code with its look-up
// code, what was asked and when, the matched services (confident ones only: the reply carries no
// others), the grid worker and the hotline. When nothing fits it says plainly that staff take it
// on; when the words signal danger, the emergency numbers come before any service. A masked
// name at most; the printer driver refuses anything that looks like an ID number anyway. Its
// words are the screens' resources (locales/, under receipt.*), in the resident's language.
import type { Language, SubmittedRequest } from '../../../contract/index.js';
import { ReceiptBuilder, type ReceiptDocument, keep } from '../../../hardware/printer/index.js';
import { receiptText } from './receiptText.js';

export interface ReceiptFacts {
  request: Omit<SubmittedRequest, 'receipt' | 'upstream' | 'lookupQr'>;
  categoryTitle: string;
  centreName: string;
  language: Language;
  /** Local date and time as residents read it, e.g. 2026-11-28 09:30. */
  localTime: string;
}

export function buildRequestReceipt(facts: ReceiptFacts): ReceiptDocument {
  const t = receiptText(facts.language);
  const { request, language } = facts;
  const receipt = new ReceiptBuilder()
    .text(facts.centreName, { align: 'center', bold: true })
    .text(request.emergency ? t('receipt.emergencyTitle') : t('receipt.requestTitle'), {
      align: 'center',
    })
    .separator('=')
    .text(t('receipt.ticket'), { align: 'center' })
    .title(keep(request.ticket))
    .qr(request.lookupCode, { align: 'center' })
    .text(t('receipt.scanToCheck'), { align: 'center' })
    .separator()
    .row(t('receipt.category'), facts.categoryTitle)
    .row(
      t('receipt.need'),
      request.need ? request.need.title[language] : t('receipt.somethingElse'),
    )
    .row(t('receipt.time'), keep(facts.localTime))
    .row(
      t('receipt.urgency'),
      request.emergency || request.urgency === 'urgent' ? t('receipt.urgent') : t('receipt.normal'),
      { bold: request.emergency || request.urgency === 'urgent' },
    );
  if (request.maskedName) receipt.row(t('receipt.name'), request.maskedName);
  // Said in words, so the resident (and whoever reads the receipt later) knows who entered it.
  if (request.assistedBy) receipt.text(t('receipt.assistedBy', { staffName: request.assistedBy }));
  if (request.emergency) {
    receipt
      .separator()
      .text(t('receipt.emergencySent'), { bold: true })
      .text(t('receipt.emergencyCall'), { bold: true });
  }
  if (!request.emergency && request.matching?.danger) {
    receipt.separator().text(t('receipt.emergencyCall'), { bold: true });
  }
  if (request.matching?.outcome === 'for-staff') {
    receipt.separator().text(t('receipt.passedToStaff'), { bold: true });
  }
  if (request.matches.length > 0) {
    receipt.separator().text(t('receipt.servicesTitle'), { bold: true });
    request.matches.forEach((match, index) => {
      receipt
        .text(`${index + 1}. ${match.name[language]}`)
        .text(match.address[language])
        .text([`${t('receipt.phone')} `, keep(match.phone)]);
    });
  }
  receipt.separator();
  if (request.gridContact) {
    receipt
      .text(`${t('receipt.gridWorker')}: ${request.gridContact.workerName}`)
      .text([`${t('receipt.phone')} `, keep(request.gridContact.phone)]);
  }
  return receipt
    .row(t('receipt.hotline'), keep(request.hotline), { bold: true })
    .separator('=')
    .text(t('receipt.keepTicket'), { align: 'center' })
    .feed(2)
    .cut()
    .build();
}
