// The reference centre's questionnaires are data (centre/surveys/surveys.json, or the file
// CENTRE_SURVEYS_FILE names), read once at start through an exact schema: the default file is
// the demo needs survey with every kind of question, and the kiosk reads all of it; a file of
// one's own is served instead; a bad file stops the start with its path and each problem named.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { CentreConfigError, readCentreEnv } from '../../../centre/options.js';
import { loadSurveyFile } from '../../../centre/server/surveys/surveyFile.js';
import { createMemoryLogger } from '../../../electron/services/logger.js';
import { readQuestionnaire } from '../../../electron/services/survey/readQuestionnaire.js';
import {
  type TestCentre,
  startTestCentre,
  testApiKey,
} from '../../integration/centre/support/testCentre.js';

const dir = mkdtempSync(join(tmpdir(), 'centre-survey-file-'));
let centre: TestCentre | undefined;
afterEach(async () => {
  await centre?.close();
  centre = undefined;
});
afterEach(() => rmSync(join(dir, 'surveys.json'), { force: true }));

const fileWith = (content: unknown): string => {
  const path = join(dir, 'surveys.json');
  writeFileSync(path, typeof content === 'string' ? content : JSON.stringify(content));
  return path;
};

const oneQuestion = {
  survey_id: 'parks-2027',
  title: { 'zh-CN': '公园改造意见', en: 'The park' },
  questions: [
    {
      code: 'benches',
      kind: 'single',
      prompt: { 'zh-CN': '要不要多放长椅？' },
      required: true,
      choices: [
        { key: 'yes', label: { 'zh-CN': '要' } },
        { key: 'no', label: { 'zh-CN': '不要' } },
      ],
    },
  ],
};

describe("the centre's survey file", () => {
  it('is the demo needs survey by default, every question kind in it, read whole by the kiosk', () => {
    const surveys = loadSurveyFile();
    expect(surveys.map((survey) => survey.survey_id)).toEqual(['needs-2026']);
    expect(surveys[0]?.questions.map((q) => q.kind)).toEqual([
      'single',
      'multiple',
      'scale',
      'text',
    ]);
    const logger = createMemoryLogger();
    const read = readQuestionnaire(surveys, logger);
    expect(read?.questions.map((q) => q.code)).toEqual([
      'most-needed',
      'activities',
      'satisfaction',
      'suggestion',
    ]);
    expect(logger.lines).toEqual([]);
  });

  it('is the one CENTRE_SURVEYS_FILE names, served at /x/surveys.json', async () => {
    const options = readCentreEnv({ CENTRE_SURVEYS_FILE: fileWith({ surveys: [oneQuestion] }) });
    expect(options.surveys).toEqual([oneQuestion]);
    centre = await startTestCentre({ surveys: options.surveys ?? [] });
    const list = await centre.call('GET', '/x/surveys.json', { query: { api_key: testApiKey } });
    expect(list.json).toEqual([oneQuestion]);
  });

  it('stops the start with the path and every problem named when the file is bad', () => {
    const duplicated = {
      ...oneQuestion,
      questions: [oneQuestion.questions[0], oneQuestion.questions[0]],
    };
    const noChoices = {
      ...oneQuestion,
      survey_id: 'other',
      questions: [{ code: 'x', kind: 'single', prompt: { 'zh-CN': '？' }, required: true }],
    };
    const path = fileWith({ surveys: [duplicated, noChoices] });
    const bad = () => readCentreEnv({ CENTRE_SURVEYS_FILE: path });
    expect(bad).toThrow(CentreConfigError);
    expect(bad).toThrow(path);
    expect(bad).toThrow(/surveys\.0\.questions: question codes are unique/);
    expect(bad).toThrow(/surveys\.1\.questions\.0: single and multiple questions have choices/);

    fileWith({ surveys: [{ ...oneQuestion, time_of_day: '09:30' }] });
    expect(bad).toThrow(/surveys\.0: Unrecognized key/);
    fileWith('{ "surveys": [');
    expect(bad).toThrow(/CENTRE_SURVEYS_FILE: The survey file .* could not be read as JSON/);
  });
});
