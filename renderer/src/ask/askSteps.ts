// Which "Ask for help" screen follows which: the order lives here, not in the screens.
import type { CardHolder, Urgency } from '../../../contract/index.js';
import type { AskDraft, Screen } from '../visit/screens.js';

export function startDraft(category: AskDraft['category'], need: AskDraft['need']): AskDraft {
  return {
    category,
    need,
    description: '',
    urgency: null,
    card: null,
    phone: null,
    name: null,
  };
}

export const askSteps = {
  afterNeed: (draft: AskDraft): Screen =>
    draft.need ? { name: 'ask-urgency', draft } : { name: 'ask-describe', draft },
  afterDescribe: (draft: AskDraft, description: string): Screen => ({
    name: 'ask-urgency',
    draft: { ...draft, description },
  }),
  afterUrgency: (draft: AskDraft, urgency: Urgency): Screen => ({
    name: 'ask-who',
    draft: { ...draft, urgency },
  }),
  afterCard: (draft: AskDraft, card: CardHolder): Screen => ({
    name: 'ask-confirm',
    draft: { ...draft, card, name: null },
  }),
  /** With a card the phone is an extra and goes straight back to the confirmation. */
  afterPhone: (draft: AskDraft, phone: string): Screen =>
    draft.card
      ? { name: 'ask-confirm', draft: { ...draft, phone } }
      : { name: 'ask-name', draft: { ...draft, phone } },
  afterName: (draft: AskDraft, name: string | null): Screen => ({
    name: 'ask-confirm',
    draft: { ...draft, name },
  }),
};
