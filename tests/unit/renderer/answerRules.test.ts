// The page's check of the platform's answers before "Send", and the day and slot buttons of a
// date question, against a fixed clock.
import { describe, expect, it } from 'vitest';
import type { AttributeQuestion } from '../../../contract/index.js';
import { answerProblem, draftAnswerProblems } from '../../../renderer/src/ask/answerRules.js';
import {
  dayChoices,
  fromDateTimeAnswer,
  slotOpen,
  toDateTimeAnswer,
} from '../../../renderer/src/ask/datetimeChoices.js';

const question = (overrides: Partial<AttributeQuestion>): AttributeQuestion => ({
  code: 'q',
  datatype: 'string',
  required: false,
  description: 'q',
  datatypeDescription: null,
  order: 1,
  values: [],
  maxLength: null,
  ...overrides,
});
const diet = question({
  code: 'diet',
  datatype: 'singlevaluelist',
  required: true,
  values: [
    { key: 'soft', name: '软食' },
    { key: 'halal', name: '清真' },
  ],
});

describe('answer rules', () => {
  it('refuse a missing required answer and accept a missing optional one', () => {
    expect(answerProblem(diet, undefined)).toBe('required');
    expect(answerProblem(diet, '  ')).toBe('required');
    expect(answerProblem(question({ required: false }), undefined)).toBeNull();
    expect(answerProblem(question({ datatype: 'multivaluelist', required: true }), [])).toBe(
      'required',
    );
  });

  it('take only the listed keys, whole or decimal numbers and answers within the limit', () => {
    expect(answerProblem(diet, 'soft')).toBeNull();
    expect(answerProblem(diet, '软食')).toBe('not-a-choice');
    const days = question({ datatype: 'multivaluelist', values: [{ key: 'mon', name: '周一' }] });
    expect(answerProblem(days, ['mon'])).toBeNull();
    expect(answerProblem(days, ['sun'])).toBe('not-a-choice');
    const floor = question({ datatype: 'number' });
    expect(answerProblem(floor, '12')).toBeNull();
    expect(answerProblem(floor, '1.5')).toBeNull();
    expect(answerProblem(floor, '12楼')).toBe('not-a-number');
    const short = question({ datatype: 'string', maxLength: 5 });
    expect(answerProblem(short, '12345')).toBeNull();
    expect(answerProblem(short, '123456')).toBe('too-long');
    expect(answerProblem(question({ datatype: 'text' }), 'x'.repeat(501))).toBe('too-long');
  });

  it('list every question of a draft whose answer would be refused', () => {
    const note = question({ code: 'note', maxLength: 3 });
    const platform = { location: 'kiosk' as const, questions: [diet, note] };
    expect(
      draftAnswerProblems({ platform, answers: { note: 'long' } }).map(({ question, problem }) => [
        question.code,
        problem,
      ]),
    ).toEqual([
      ['diet', 'required'],
      ['note', 'too-long'],
    ]);
    expect(draftAnswerProblems({ platform, answers: { diet: 'soft' } })).toEqual([]);
  });
});

describe('date and time buttons', () => {
  it('start today while a slot is open, else tomorrow, and close the slots that are over', () => {
    const morning = new Date(2026, 11, 1, 8, 30);
    const days = dayChoices(morning, 3);
    expect(days).toEqual([
      { date: '2026-12-01', offset: 0 },
      { date: '2026-12-02', offset: 1 },
      { date: '2026-12-03', offset: 2 },
    ]);
    const afternoon = new Date(2026, 11, 1, 13, 0);
    expect(slotOpen({ date: '2026-12-01', offset: 0 }, 'morning', afternoon)).toBe(false);
    expect(slotOpen({ date: '2026-12-01', offset: 0 }, 'afternoon', afternoon)).toBe(true);
    expect(slotOpen({ date: '2026-12-02', offset: 1 }, 'morning', afternoon)).toBe(true);
    const evening = new Date(2026, 11, 31, 18, 0);
    expect(dayChoices(evening, 2)).toEqual([
      { date: '2027-01-01', offset: 1 },
      { date: '2027-01-02', offset: 2 },
    ]);
  });

  it('send the slot’s start as a W3C date-time with the local offset, and read it back', () => {
    const answer = toDateTimeAnswer('2026-12-02', 'afternoon');
    expect(answer).toMatch(/^2026-12-02T14:00[+-]\d{2}:\d{2}$/);
    expect(new Date(answer).getHours()).toBe(14);
    expect(fromDateTimeAnswer(answer)).toEqual({ date: '2026-12-02', slot: 'afternoon' });
    expect(fromDateTimeAnswer('2026-12-02T10:30+08:00')).toBeNull();
  });
});
