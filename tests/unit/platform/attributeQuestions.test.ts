import { describe, expect, it } from 'vitest';
import type { AttributeQuestion } from '../../../contract/index.js';
import {
  checkAnswers,
  declaredAttributeCodes,
  questionsOf,
} from '../../../electron/services/platform/attributeQuestions.js';
import { mealsDefinition } from './strictServices.js';

const question = (overrides: Partial<AttributeQuestion>): AttributeQuestion => ({
  code: 'q',
  datatype: 'string',
  required: false,
  description: '',
  datatypeDescription: null,
  order: 1,
  values: [],
  maxLength: 100,
  ...overrides,
});

function refusal(run: () => unknown): { message: string; path: unknown } {
  try {
    run();
  } catch (error) {
    const { message, path, code } = error as { message: string; path: unknown; code: string };
    expect(code).toBe('invalid-input');
    return { message, path };
  }
  throw new Error('expected a refusal');
}

describe('the platform’s attributes as questions', () => {
  it('asks only what the resident can answer, in the platform’s order', () => {
    const questions = questionsOf(mealsDefinition);
    // ticket is the kiosk's own fact; note is informational (variable: false).
    expect(questions.map((q) => q.code)).toEqual(['diet', 'delivery_days']);
    expect(questions[0]).toEqual({
      code: 'diet',
      datatype: 'singlevaluelist',
      required: true,
      description: '饮食要求',
      datatypeDescription: null,
      order: 2,
      values: [
        { key: 'normal', name: '普通' },
        { key: 'soft', name: '软食' },
        { key: 'diabetic', name: '糖尿病餐' },
      ],
      maxLength: null,
    });
    expect(questionsOf(null)).toEqual([]);
    expect(declaredAttributeCodes(mealsDefinition)).toEqual(['diet', 'ticket', 'delivery_days']);
  });

  it('accepts good answers and drops blank optional ones', () => {
    expect(
      checkAnswers(questionsOf(mealsDefinition), {
        diet: ' soft ',
        delivery_days: ['mon', 'fri'],
      }),
    ).toEqual({ diet: 'soft', delivery_days: ['mon', 'fri'] });
    expect(
      checkAnswers(questionsOf(mealsDefinition), { diet: 'normal', delivery_days: [] }),
    ).toEqual({ diet: 'normal' });
  });

  it('refuses each broken rule with its own code and the attribute in the path', () => {
    const meals = questionsOf(mealsDefinition);
    const cases: [AttributeQuestion[], Record<string, string | string[]>, string, string][] = [
      [meals, {}, 'attribute-required', 'diet'],
      [meals, { diet: '  ' }, 'attribute-required', 'diet'],
      [meals, { diet: 'halal' }, 'attribute-not-a-choice', 'diet'],
      [meals, { diet: ['soft'] }, 'attribute-wrong-shape', 'diet'],
      [
        meals,
        { diet: 'soft', delivery_days: ['mon', 'sun'] },
        'attribute-not-a-choice',
        'delivery_days',
      ],
      [
        meals,
        { diet: 'soft', delivery_days: ['mon', 'mon'] },
        'attribute-not-a-choice',
        'delivery_days',
      ],
      [meals, { diet: 'soft', delivery_days: 'mon' }, 'attribute-wrong-shape', 'delivery_days'],
      [meals, { diet: 'soft', ticket: 'A03-1128-0001' }, 'attribute-undeclared', 'ticket'],
      [
        [question({ code: 'floor', datatype: 'number' })],
        { floor: '3rd' },
        'attribute-not-a-number',
        'floor',
      ],
      [
        [question({ code: 'floor', datatype: 'number' })],
        { floor: '1e3' },
        'attribute-not-a-number',
        'floor',
      ],
      [
        [question({ code: 'when', datatype: 'datetime' })],
        { when: '28/11/2026' },
        'attribute-not-a-datetime',
        'when',
      ],
      [
        [question({ code: 'when', datatype: 'datetime' })],
        { when: '2026-02-30T25:00Z' },
        'attribute-not-a-datetime',
        'when',
      ],
      [
        [question({ code: 'when', datatype: 'datetime' })],
        { when: '2026-11-28T09:15' },
        'attribute-not-a-datetime',
        'when',
      ],
      [[question({ code: 'name' })], { name: 'x'.repeat(101) }, 'attribute-too-long', 'name'],
      [
        [question({ code: 'more', datatype: 'text', maxLength: 500 })],
        { more: 'x'.repeat(501) },
        'attribute-too-long',
        'more',
      ],
    ];
    for (const [questions, answers, message, code] of cases) {
      expect(
        refusal(() => checkAnswers(questions, answers)),
        JSON.stringify(answers),
      ).toEqual({
        message,
        path: ['attributes', code],
      });
    }
  });

  it('takes numbers as decimal text and datetimes in the W3C profile', () => {
    const questions = [
      question({ code: 'floor', datatype: 'number' }),
      question({ code: 'when', datatype: 'datetime' }),
    ];
    expect(checkAnswers(questions, { floor: '-1.5', when: '2026-11-28T09:15:00+08:00' })).toEqual({
      floor: '-1.5',
      when: '2026-11-28T09:15:00+08:00',
    });
    expect(checkAnswers(questions, { floor: '12', when: '2026-11-28' })).toEqual({
      floor: '12',
      when: '2026-11-28',
    });
  });
});
