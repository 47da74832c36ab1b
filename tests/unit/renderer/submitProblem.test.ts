// Every reason the services give for refusing a request becomes its own plain sentence, naming
// the question the platform's rule was about.
import type { TFunction } from 'i18next';
import { describe, expect, it } from 'vitest';
import type { AttributeQuestion } from '../../../contract/index.js';
import type { ActionState } from '../../../renderer/src/api/useAction.js';
import { submitProblemText } from '../../../renderer/src/ask/submitProblem.js';

// The key and its variables, so the test sees which sentence was chosen and for which question.
const t = ((key: string, options?: Record<string, unknown>) =>
  options ? `${key} ${JSON.stringify(options)}` : key) as unknown as TFunction;

const diet: AttributeQuestion = {
  code: 'diet',
  datatype: 'singlevaluelist',
  required: true,
  description: '饮食要求',
  datatypeDescription: null,
  order: 1,
  values: [{ key: 'soft', name: '软食' }],
  maxLength: null,
};

const refused = (reason: string, path: (string | number)[] | null = null): ActionState => ({
  pending: false,
  error: 'invalid-input',
  reason,
  path,
});

const words = (state: ActionState) =>
  submitProblemText(t, state, [diet], (question) => `«${question.description}»`);

describe('submit problems in plain words', () => {
  it('name the question an attribute rule was about', () => {
    expect(words(refused('attribute-required', ['attributes', 'diet']))).toBe(
      'ask.submitProblem.answerMissing {"question":"«饮食要求»"}',
    );
    expect(words(refused('attribute-not-a-choice', ['attributes', 'diet']))).toContain(
      'answerNotAChoice',
    );
    // A code the page does not know still gets a sentence, without a name.
    expect(words(refused('attribute-too-long', ['attributes', 'floor']))).toBe(
      'ask.submitProblem.answerTooLong {"question":"ask.submitProblem.aQuestion"}',
    );
  });

  it('give each of the services’ reasons its own sentence', () => {
    const reasons: [string, string][] = [
      ['attribute-not-a-number', 'answerNotANumber'],
      ['attribute-not-a-datetime', 'answerNotADate'],
      ['attribute-wrong-shape', 'answerNotAChoice'],
      ['attribute-undeclared', 'questionsChanged'],
      ['need-not-offered', 'needNotOffered'],
      ['need-unknown', 'needNotOffered'],
      ['card-expired', 'cardExpired'],
      ['card-address-unavailable', 'cardAddressUnavailable'],
      ['location-not-asked', 'locationNotAsked'],
      // Field messages of the contract arrive as "path: reason".
      ['location.building: building-too-long', 'placeNotRight'],
      ['location.room: room-too-long', 'placeNotRight'],
      ['contact.phone: phone-invalid', 'phoneNotRight'],
      ['description: description-too-long', 'descriptionTooLong'],
    ];
    for (const [reason, sentence] of reasons)
      expect(words(refused(reason))?.split(' ')[0], reason).toBe(`ask.submitProblem.${sentence}`);
  });

  it('keep the general sentences for anything else', () => {
    expect(words(refused('something-new'))).toBe('ask.confirm.invalid');
    expect(words({ pending: false, error: 'unavailable', reason: null, path: null })).toBe(
      'ask.confirm.failed',
    );
    expect(words({ pending: false, error: null, reason: null, path: null })).toBeNull();
  });
});

describe('a kiosk that will not take the request now', () => {
  it('says so in its own words: too many just sent, or the day out of numbers', () => {
    const limited: ActionState = { ...refused('too-many-requests'), error: 'not-allowed' };
    expect(words(limited)).toBe('ask.confirm.tooMany');
    const full: ActionState = { ...refused('day-full'), error: 'unavailable' };
    expect(words(full)).toBe('ask.confirm.dayFull');
  });
});
