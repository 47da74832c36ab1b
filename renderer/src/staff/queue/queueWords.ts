// The words staff read for an entry's state, one literal key each (so the key check sees them).
import type { TFunction } from 'i18next';
import type { StaffQueueEntry } from '../../../../contract/staffQueue.js';

export function queueStateWords(t: TFunction, state: StaffQueueEntry['state']): string {
  switch (state) {
    case 'waiting':
      return t('staff.queue.stateWaiting');
    case 'in-flight':
      return t('staff.queue.stateInFlight');
    case 'held':
      return t('staff.queue.stateHeld');
    case 'dead':
      return t('staff.queue.stateDead');
  }
}

export const minutesOf = (seconds: number) => Math.floor(seconds / 60);

/**
 * What an entry is, as its heading: a request by its ticket, a rating with the ticket it rates,
 * a survey's answer sheet by nothing at all (it is anonymous), a booking, its cancellation and
 * the notice of a booking whose slot filled by the booking code, and a kind this screen does not
 * know by its name, so staff can still tell entries apart.
 */
export function queueEntryTitle(
  t: TFunction,
  entry: Pick<StaffQueueEntry, 'kind' | 'ticket'>,
): string {
  switch (entry.kind) {
    case 'request':
      return t('staff.queue.ticket', { ticket: entry.ticket });
    case 'rating':
      return t('staff.queue.kindRating', { ticket: entry.ticket });
    case 'survey-answers':
      return t('staff.queue.kindSurvey');
    case 'appointment':
      return t('appointments.staff.booking', { ticket: entry.ticket });
    case 'appointment-cancel':
      return t('appointments.staff.cancel', { ticket: entry.ticket });
    case 'appointment-slot-taken':
      return t('appointments.staff.slotTaken', { ticket: entry.ticket });
    default:
      return t('staff.queue.kindOther', { kind: entry.kind, ticket: entry.ticket });
  }
}
