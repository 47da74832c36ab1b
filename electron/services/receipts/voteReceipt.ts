// The vote receipt (投票回执): the round, the confirmation code printed large, the proposals the
// resident chose (titles only), and whether the centre has counted the ballot already or will
// count it when it confirms (a ballot cast while the centre was away). Words from locales/
// (vote.receipt.*) so paper and screen say the same. Nothing of the resident is printed: no
// name, no ID number, not even masked, since a receipt may be left behind.
import type { Language } from '../../../contract/index.js';
import { ReceiptBuilder, type ReceiptDocument, keep } from '../../../hardware/printer/index.js';
import { receiptText } from './receiptText.js';

export interface VoteReceiptFacts {
  language: Language;
  centreName: string;
  roundTitle: string;
  confirmationCode: string;
  chosenTitles: readonly string[];
  state: 'counted' | 'queued';
  /** The local day, YYYY-MM-DD. */
  castOn: string;
  hotline: string;
}

export function buildVoteReceipt(facts: VoteReceiptFacts): ReceiptDocument {
  const t = receiptText(facts.language);
  const receipt = new ReceiptBuilder()
    .text(facts.centreName, { align: 'center', bold: true })
    .text(t('vote.receipt.title'), { align: 'center' })
    .separator('=')
    .text(facts.roundTitle, { align: 'center' })
    .text(t('vote.receipt.code'), { align: 'center' })
    .title(keep(facts.confirmationCode))
    .separator()
    .text(t('vote.receipt.chosen'), { bold: true });
  facts.chosenTitles.forEach((title, index) => receipt.text(`${index + 1}. ${title}`));
  return receipt
    .separator()
    .text(t(facts.state === 'counted' ? 'vote.receipt.counted' : 'vote.receipt.queued'), {
      bold: true,
    })
    .row(t('vote.receipt.day'), keep(facts.castOn))
    .row(t('receipt.hotline'), keep(facts.hotline), { bold: true })
    .separator('=')
    .feed(2)
    .cut()
    .build();
}
