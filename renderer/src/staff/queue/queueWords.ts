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
