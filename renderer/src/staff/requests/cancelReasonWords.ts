// A cancellation's reason in the resident's words, one literal key each; the staff screen shows
// the same words the resident will read at look-up.
import type { TFunction } from 'i18next';
import type { RequestCancelReason } from '../../../../contract/requests.js';

export function cancelReasonWords(t: TFunction, reason: RequestCancelReason): string {
  switch (reason) {
    case 'duplicate':
      return t('check.cancelled.reasonDuplicate');
    case 'resident-withdrew':
      return t('check.cancelled.reasonWithdrew');
    case 'handled-in-person':
      return t('check.cancelled.reasonInPerson');
    case 'cannot-be-served':
      return t('check.cancelled.reasonCannotServe');
    case 'other':
      return t('check.cancelled.reasonOther');
  }
}
