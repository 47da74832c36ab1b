// "第 2 步，共 4 步": the step counter counts the stages a resident recognises, with "where" only
// for needs attended at a chosen place, and stays out of screens that are not a multi-step form.
import { describe, expect, it } from 'vitest';
import type { LocalizedText, SubmittedRequest } from '../../../contract/index.js';
import { startDraft } from '../../../renderer/src/ask/askSteps.js';
import { askJourneyStep as journeyStep } from '../../../renderer/src/ask/askJourneyStep.js';

const text = (value: string): LocalizedText => ({ 'zh-CN': value, 'zh-TW': value, en: value });
const category = { id: 'basic-living' as const, title: text('基本生活') };
const atKiosk = startDraft(category, null, { location: 'kiosk', questions: [] });
const atHome = startDraft(category, null, { location: 'choice', questions: [] });

describe('journey step', () => {
  it('counts four steps for a need handled at the kiosk', () => {
    expect(journeyStep({ name: 'ask-need', category })).toEqual({ step: 1, total: 5 });
    expect(journeyStep({ name: 'ask-describe', draft: atKiosk })).toEqual({ step: 2, total: 4 });
    expect(journeyStep({ name: 'ask-question', draft: atKiosk, index: 0 })).toEqual({
      step: 2,
      total: 4,
    });
    expect(journeyStep({ name: 'ask-phone', draft: atKiosk })).toEqual({ step: 3, total: 4 });
    expect(journeyStep({ name: 'ask-confirm', draft: atKiosk })).toEqual({ step: 4, total: 4 });
  });

  it('adds "where" for a need attended at a chosen place', () => {
    expect(journeyStep({ name: 'ask-location', draft: atHome })).toEqual({ step: 4, total: 5 });
    expect(journeyStep({ name: 'ask-confirm', draft: atHome })).toEqual({ step: 5, total: 5 });
  });

  it('is not shown outside a multi-step form', () => {
    // The counter looks only at the screen's name, never at the submitted request.
    const result = {} as SubmittedRequest;
    expect(journeyStep({ name: 'ask-result', result })).toBeNull();
  });
});
