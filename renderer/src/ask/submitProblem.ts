// What went wrong at "Send", in plain words. The services answer a refused request with a stable
// reason (intakeService, attributeQuestions, chosenLocation; the contract's own field messages
// for a typed place or a phone), and a path naming the question; each becomes one sentence that
// says what to do next.
import type { TFunction } from 'i18next';
import type { AttributeQuestion } from '../../../contract/index.js';
import type { ActionState } from '../api/useAction.js';

/** A field message arrives as "location.building: building-too-long": the reason is the end. */
function reasonOf(state: ActionState): string {
  const reason = state.reason ?? '';
  const colon = reason.lastIndexOf(': ');
  return colon >= 0 ? reason.slice(colon + 2) : reason;
}

/** The question an attribute error points at (path ["attributes", code]). */
function questionAt(
  state: ActionState,
  questions: readonly AttributeQuestion[],
): AttributeQuestion | undefined {
  const [field, code] = state.path ?? [];
  return field === 'attributes' ? questions.find((question) => question.code === code) : undefined;
}

export function submitProblemText(
  t: TFunction,
  state: ActionState,
  questions: readonly AttributeQuestion[],
  questionName: (question: AttributeQuestion) => string,
): string | null {
  if (!state.error) return null;
  // One client sending too fast, or a day out of numbers: the draft stays, the words say why.
  if (state.reason === 'too-many-requests') return t('ask.confirm.tooMany');
  if (state.reason === 'day-full') return t('ask.confirm.dayFull');
  if (state.error !== 'invalid-input') return t('ask.confirm.failed');
  const asked = questionAt(state, questions);
  const question = asked ? questionName(asked) : t('ask.submitProblem.aQuestion');
  switch (reasonOf(state)) {
    case 'attribute-required':
      return t('ask.submitProblem.answerMissing', { question });
    case 'attribute-not-a-choice':
    case 'attribute-wrong-shape':
      return t('ask.submitProblem.answerNotAChoice', { question });
    case 'attribute-not-a-number':
      return t('ask.submitProblem.answerNotANumber', { question });
    case 'attribute-not-a-datetime':
      return t('ask.submitProblem.answerNotADate', { question });
    case 'attribute-too-long':
      return t('ask.submitProblem.answerTooLong', { question });
    case 'attribute-undeclared':
      return t('ask.submitProblem.questionsChanged');
    case 'need-not-offered':
    case 'need-unknown':
      return t('ask.submitProblem.needNotOffered');
    case 'card-expired':
      return t('ask.submitProblem.cardExpired');
    case 'card-address-unavailable':
      return t('ask.submitProblem.cardAddressUnavailable');
    case 'location-not-asked':
      return t('ask.submitProblem.locationNotAsked');
    case 'building-required':
    case 'building-too-long':
    case 'room-too-long':
      return t('ask.submitProblem.placeNotRight');
    case 'phone-invalid':
    case 'phone-or-card-required':
      return t('ask.submitProblem.phoneNotRight');
    case 'description-too-long':
      return t('ask.submitProblem.descriptionTooLong');
    default:
      return t('ask.confirm.invalid');
  }
}
