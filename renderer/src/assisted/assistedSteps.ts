// Where an assisted journey differs from the resident's own: the phone number cannot be skipped
// (the centre must be able to call the resident back), so a card read is followed by the phone
// screen when no number was typed yet; and each journey's first screen.
import type { AssistedJourney, CardHolder } from '../../../contract/index.js';
import { askSteps } from '../ask/askSteps.js';
import type { AskDraft } from '../ask/askDraft.js';
import type { Screen } from '../visit/screens.js';

export const assistedSteps = {
  afterCard: (draft: AskDraft, card: CardHolder): Screen => {
    const next = askSteps.afterCard(draft, card);
    return 'draft' in next && next.draft.phone === null
      ? { name: 'ask-phone', draft: next.draft }
      : next;
  },
  start: (journey: AssistedJourney): Screen => {
    if (journey === 'askForHelp') return { name: 'ask-category' };
    if (journey === 'checkRequest') return { name: 'check-menu' };
    return { name: 'assisted-emergency-phone' };
  },
};
