// Which "Ask for help" screen follows which: the order lives here, not in the screens.
// need → (description for "something else") → the platform's questions, one screen each, in
// order → urgency → who (card, or phone and name) → where, when the need is attended at home →
// confirm. Where comes after who so that the card's address can be offered when a card was read.
import type {
  AttributeAnswer,
  CardHolder,
  LocationChoice,
  Urgency,
} from '../../../contract/index.js';
import type { AskDraft, AskPlatform } from './askDraft.js';
import type { Screen } from '../visit/screens.js';

export function startDraft(
  category: AskDraft['category'],
  need: AskDraft['need'],
  platform: AskPlatform,
): AskDraft {
  return {
    category,
    need,
    description: '',
    urgency: null,
    card: null,
    phone: null,
    name: null,
    platform: {
      location: platform.location,
      questions: [...platform.questions].sort((a, b) => a.order - b.order),
    },
    answers: {},
    location: null,
  };
}

/** The question at `index`, or urgency once every question was asked. */
function questionOrUrgency(draft: AskDraft, index: number): Screen {
  return index < draft.platform.questions.length
    ? { name: 'ask-question', draft, index }
    : { name: 'ask-urgency', draft };
}

/** Where, when the need is attended at home and it was not chosen yet; else the read-back. */
function locationOrConfirm(draft: AskDraft): Screen {
  return draft.platform.location === 'choice' && draft.location === null
    ? { name: 'ask-location', draft }
    : { name: 'ask-confirm', draft };
}

/** The answers with `code` set to `answer`, or without it when the question was skipped. */
function withAnswer(
  answers: AskDraft['answers'],
  code: string,
  answer: AttributeAnswer | null,
): AskDraft['answers'] {
  const rest = Object.fromEntries(Object.entries(answers).filter(([key]) => key !== code));
  return answer === null ? rest : { ...rest, [code]: answer };
}

export const askSteps = {
  afterNeed: (draft: AskDraft): Screen =>
    draft.need ? questionOrUrgency(draft, 0) : { name: 'ask-describe', draft },
  afterDescribe: (draft: AskDraft, description: string): Screen =>
    questionOrUrgency({ ...draft, description }, 0),
  /** null: an optional question skipped. */
  afterQuestion: (draft: AskDraft, index: number, answer: AttributeAnswer | null): Screen => {
    const question = draft.platform.questions[index];
    if (!question) return questionOrUrgency(draft, index + 1);
    return questionOrUrgency(
      { ...draft, answers: withAnswer(draft.answers, question.code, answer) },
      index + 1,
    );
  },
  afterUrgency: (draft: AskDraft, urgency: Urgency): Screen => ({
    name: 'ask-who',
    draft: { ...draft, urgency },
  }),
  /** A card read now replaces whatever place was chosen with an earlier one. */
  afterCard: (draft: AskDraft, card: CardHolder): Screen =>
    locationOrConfirm({
      ...draft,
      card,
      name: null,
      location: draft.location?.kind === 'card-address' ? null : draft.location,
    }),
  /** With a card the phone is an extra and goes straight back to the confirmation. */
  afterPhone: (draft: AskDraft, phone: string): Screen =>
    draft.card
      ? locationOrConfirm({ ...draft, phone })
      : { name: 'ask-name', draft: { ...draft, phone } },
  afterName: (draft: AskDraft, name: string | null): Screen =>
    locationOrConfirm({ ...draft, name }),
  afterLocation: (draft: AskDraft, location: LocationChoice): Screen => ({
    name: 'ask-confirm',
    draft: { ...draft, location },
  }),
};
