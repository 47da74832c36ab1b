// The survey's step counter counts one step per question and the read-back as the last; a
// skipped optional question leaves no answer behind, so nothing is sent for it.
import { describe, expect, it } from 'vitest';
import type { Questionnaire } from '../../../contract/index.js';
import { startSurvey, withAnswer } from '../../../renderer/src/survey/surveyDraft.js';
import { surveyStep } from '../../../renderer/src/survey/surveyStep.js';

const text = (zh: string) => ({ 'zh-CN': zh, 'zh-TW': zh, en: zh });
const questionnaire: Questionnaire = {
  surveyId: 'needs-2026',
  title: text('调研'),
  questions: [
    { code: 'a', kind: 'scale', prompt: text('一'), required: true, choices: [] },
    { code: 'b', kind: 'text', prompt: text('二'), required: false, choices: [] },
  ],
};

describe('the survey journey', () => {
  it('counts 第 N 步，共 M 步 over the questions and the read-back', () => {
    const survey = startSurvey(questionnaire);
    expect(surveyStep({ name: 'survey-question', survey, index: 0 })).toEqual({
      step: 1,
      total: 3,
    });
    expect(surveyStep({ name: 'survey-question', survey, index: 1 })).toEqual({
      step: 2,
      total: 3,
    });
    expect(surveyStep({ name: 'survey-review', survey })).toEqual({ step: 3, total: 3 });
    expect(surveyStep({ name: 'voice-choice' })).toBeNull();
    expect(surveyStep({ name: 'survey-thanks' })).toBeNull();
  });

  it('keeps one answer per question and forgets a skipped one', () => {
    const answered = withAnswer(withAnswer(startSurvey(questionnaire), 'a', 4), 'b', '多些长椅');
    expect(answered.answers).toEqual({ a: 4, b: '多些长椅' });
    expect(withAnswer(answered, 'b', null).answers).toEqual({ a: 4 });
    expect(withAnswer(answered, 'a', 2).answers).toEqual({ a: 2, b: '多些长椅' });
  });
});
