// A print job's purpose and state in words, one literal key each.
import type { TFunction } from 'i18next';
import type { StaffPrintJob } from '../../../../contract/staffQueue.js';

export function printPurposeWords(t: TFunction, purpose: StaffPrintJob['purpose']): string {
  switch (purpose) {
    case 'request':
    case 'emergency':
      return t('staff.requests.purposeReceipt');
    case 'status':
      return t('staff.requests.purposeSlip');
    case 'contact':
      return t('staff.requests.purposeContact');
    case 'vote':
      return t('vote.receiptPurpose');
    case 'queue-number':
      return t('takeNumber.staffPurpose');
    case 'appointment':
      return t('appointments.staffPurpose');
  }
}

export function printStateWords(t: TFunction, state: StaffPrintJob['state']): string {
  switch (state) {
    case 'printed':
      return t('staff.requests.printPrinted');
    case 'failed':
      return t('staff.requests.printFailed');
    case 'reprinted':
      return t('staff.requests.printReprinted');
    case 'printing':
      return t('staff.requests.printPrinting');
  }
}

export function stageWords(t: TFunction, stage: string | null): string {
  switch (stage) {
    case 'accepted':
      return t('staff.requests.stageAccepted');
    case 'in-progress':
      return t('staff.requests.stageInProgress');
    case 'done':
      return t('staff.requests.stageDone');
    case 'cancelled':
      return t('staff.requests.stageCancelled');
    default:
      return t('staff.requests.notYet');
  }
}
