// The host's refusals of an assisted submission, in plain words for the resident and the staff
// member beside them. Anything else falls through to the journey's own words.
import type { TFunction } from 'i18next';
import type { ActionState } from '../api/useAction.js';

const reasons: Record<string, string> = {
  'assisted-needs-staff-session': 'assisted.problem.session',
  'assisted-phone-required': 'assisted.problem.phone',
  'assisted-card-not-the-residents': 'assisted.problem.otherCard',
  'assisted-confirmed-with-staff-card': 'assisted.problem.staffCard',
  'card-expired': 'assisted.problem.cardExpired',
};

export function assistedProblemText(t: TFunction, state: ActionState): string | null {
  if (!state.error) return null;
  if (state.error === 'unauthorized') return t('assisted.problem.session');
  const key = state.reason === null ? undefined : reasons[state.reason];
  return key ? t(key) : null;
}
