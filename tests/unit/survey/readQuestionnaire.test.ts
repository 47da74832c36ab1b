// The centre's questionnaire is read tolerantly: a broken question is dropped with a log line
// (its code and index, never its text) and the others are still asked; texts pass the platform
// text rule; zh-TW is converted from zh-CN where the centre gave none.
import { describe, expect, it } from 'vitest';
import { createMemoryLogger } from '../../../electron/services/logger.js';
import { readQuestionnaire } from '../../../electron/services/survey/readQuestionnaire.js';

const choices = [
  { key: 'meals', label: '老年助餐' },
  { key: 'repairs', label: { 'zh-CN': '上门维修', en: 'Home repairs' } },
];

function survey(questions: unknown[]) {
  return [{ survey_id: 'needs-2026', title: { 'zh-CN': '社区需求调研', en: 'Needs' }, questions }];
}

describe('readQuestionnaire', () => {
  it('reads each kind of question and converts Simplified to Traditional Chinese', () => {
    const logger = createMemoryLogger();
    const questionnaire = readQuestionnaire(
      survey([
        { code: 'most', kind: 'single', prompt: '您最需要哪项服务？', required: true, choices },
        { code: 'many', kind: 'multiple', prompt: '可多选', choices },
        { code: 7, kind: 'scale', prompt: { 'zh-CN': '满意吗？', 'zh-TW': '滿意嗎？' } },
        { code: 'say', kind: 'text', prompt: '还有什么建议？', required: false },
      ]),
      logger,
    );
    expect(questionnaire?.surveyId).toBe('needs-2026');
    expect(questionnaire?.title).toEqual({
      'zh-CN': '社区需求调研',
      'zh-TW': '社區需求調研',
      en: 'Needs',
    });
    expect(questionnaire?.questions.map((q) => [q.code, q.kind, q.required])).toEqual([
      ['most', 'single', true],
      ['many', 'multiple', false],
      ['7', 'scale', false],
      ['say', 'text', false],
    ]);
    expect(questionnaire?.questions[0]?.prompt['zh-TW']).toBe('您最需要哪項服務？');
    // No English written: the Chinese stands rather than a made-up translation.
    expect(questionnaire?.questions[0]?.choices[0]?.label.en).toBe('老年助餐');
    expect(questionnaire?.questions[0]?.choices[1]?.label.en).toBe('Home repairs');
    expect(logger.lines).toEqual([]);
  });

  it('drops a broken question with a log line and asks the rest', () => {
    const logger = createMemoryLogger();
    const questionnaire = readQuestionnaire(
      survey([
        { code: 'ok', kind: 'scale', prompt: '满意吗？' },
        { code: 'odd', kind: 'ranking', prompt: '排序' },
        { code: 'one', kind: 'single', prompt: '只有一个选项', choices: [choices[0]] },
        { code: 'blank', kind: 'text', prompt: '\u202e\u200b' },
        'not a question',
        { code: 'dup', kind: 'single', prompt: '重复', choices: [choices[0], choices[0]] },
      ]),
      logger,
    );
    expect(questionnaire?.questions.map((q) => q.code)).toEqual(['ok']);
    const dropped = logger.lines.filter((line) => line.includes('not asked'));
    expect(dropped).toHaveLength(5);
    expect(dropped.join('\n')).toContain('"code":"odd"');
    expect(dropped.join('\n')).not.toContain('排序');
  });

  it('cleans control and bidi characters out of the centre’s texts', () => {
    const questionnaire = readQuestionnaire(
      survey([{ code: 'q', kind: 'scale', prompt: 'ab\u202ecd\u0007' }]),
      createMemoryLogger(),
    );
    expect(questionnaire?.questions[0]?.prompt['zh-CN']).toBe('abcd');
  });

  it('offers nothing when no survey or no question can be read', () => {
    const logger = createMemoryLogger();
    expect(readQuestionnaire([], logger)).toBeNull();
    expect(readQuestionnaire([{ title: 'x' }], logger)).toBeNull();
    expect(readQuestionnaire(survey([{ code: 'bad' }]), logger)).toBeNull();
    expect(logger.lines.some((line) => line.includes('not offered'))).toBe(true);
  });
});
