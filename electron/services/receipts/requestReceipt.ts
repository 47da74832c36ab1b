// The receipt for a request or an emergency: ticket in large print, a QR code with its look-up
// code, what was asked and when, the matched services (confident ones only: the reply carries no
// others), the grid worker and the hotline. When nothing fits it says plainly that staff take it
// on; when the words signal danger, the emergency numbers come before any service. A masked
// name at most; the printer driver refuses anything that looks like an ID number anyway.
import type { Language, SubmittedRequest } from '../../../contract/index.js';
import { ReceiptBuilder, type ReceiptDocument, keep } from '../../../hardware/printer/index.js';
import { receiptWords } from './receiptWords.js';

export interface ReceiptFacts {
  request: Omit<SubmittedRequest, 'receipt' | 'upstream' | 'lookupQr'>;
  categoryTitle: string;
  centreName: string;
  language: Language;
  /** Local date and time as residents read it, e.g. 2026-11-28 09:30. */
  localTime: string;
}

export function buildRequestReceipt(facts: ReceiptFacts): ReceiptDocument {
  const words = receiptWords[facts.language];
  const { request, language } = facts;
  const receipt = new ReceiptBuilder()
    .text(facts.centreName, { align: 'center', bold: true })
    .text(request.emergency ? words.emergencyTitle : words.requestTitle, { align: 'center' })
    .separator('=')
    .text(words.ticket, { align: 'center' })
    .title(keep(request.ticket))
    .qr(request.lookupCode, { align: 'center' })
    .text(words.scanToCheck, { align: 'center' })
    .separator()
    .row(words.category, facts.categoryTitle)
    .row(words.need, request.need ? request.need.title[language] : words.somethingElse)
    .row(words.time, keep(facts.localTime))
    .row(
      words.urgency,
      request.emergency || request.urgency === 'urgent' ? words.urgent : words.normal,
      {
        bold: request.emergency || request.urgency === 'urgent',
      },
    );
  if (request.maskedName) receipt.row(words.name, request.maskedName);
  // Said in words, so the resident (and whoever reads the receipt later) knows who entered it.
  if (request.assistedBy) receipt.text(words.assistedBy(request.assistedBy));
  if (request.emergency) {
    receipt
      .separator()
      .text(words.emergencySent, { bold: true })
      .text(words.emergencyCall, { bold: true });
  }
  if (!request.emergency && request.matching?.danger) {
    receipt.separator().text(words.emergencyCall, { bold: true });
  }
  if (request.matching?.outcome === 'for-staff') {
    receipt.separator().text(words.passedToStaff, { bold: true });
  }
  if (request.matches.length > 0) {
    receipt.separator().text(words.servicesTitle, { bold: true });
    request.matches.forEach((match, index) => {
      receipt
        .text(`${index + 1}. ${match.name[language]}`)
        .text(match.address[language])
        .text([`${words.phone} `, keep(match.phone)]);
    });
  }
  receipt.separator();
  if (request.gridContact) {
    receipt
      .text(`${words.gridWorker}: ${request.gridContact.workerName}`)
      .text([`${words.phone} `, keep(request.gridContact.phone)]);
  }
  return receipt
    .row(words.hotline, keep(request.hotline), { bold: true })
    .separator('=')
    .text(words.keepTicket, { align: 'center' })
    .feed(2)
    .cut()
    .build();
}
