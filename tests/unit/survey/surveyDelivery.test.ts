// The needs survey's answers go through the outbox exactly once and anonymously. A lost reply
// is looked up by the sheet's random id, never answered with a second sheet; once the centre
// holds the sheet the kiosk's copy is deleted. On the bytes: neither the stored rows nor the
// body sent to the centre hold an ID number, a phone, a card token, a ticket or a time finer than
// a day, even when the resident typed an ID number and a phone into the short text.
import { randomUUID } from 'node:crypto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { SurveySubmission } from '../../../contract/index.js';
import { getEntry } from '../../../db/repositories/outbox.js';
import { createSurveyClient } from '../../../upstream/client/surveyClient.js';
import type {
  LookupResult,
  SurveyGateway,
  SurveySheet,
} from '../../../electron/services/upload/centreGateway.js';
import { createSurveyGateway } from '../../../electron/services/upload/centreClientGateway.js';
import { defaultSenderRegistry } from '../../../electron/services/upload/senders/index.js';
import {
  type SurveyService,
  createSurveyService,
} from '../../../electron/services/survey/surveyService.js';
import {
  type UploadWorker,
  createUploadWorker,
} from '../../../electron/services/upload/uploadWorker.js';
import { FakeCentre, classifyFakeFailure, serverError } from '../../support/fakeCentre.js';
import { type TestKiosk, startTestKiosk } from '../../support/testRuntime.js';
import { catalogueResolver, sampleCatalogue } from '../upload/catalogueResolver.js';
import { kioskLocation, settings } from '../upload/workerHarness.js';

const questionnaire = [
  {
    survey_id: 'needs-2026',
    title: '社区需求调研',
    questions: [
      {
        code: 'most',
        kind: 'single',
        prompt: '最需要？',
        required: true,
        choices: [
          { key: 'meals', label: '助餐' },
          { key: 'repairs', label: '维修' },
        ],
      },
      { code: 'satisfaction', kind: 'scale', prompt: '满意吗？', required: true },
      { code: 'say', kind: 'text', prompt: '建议', required: false },
    ],
  },
];

/** A centre's surveys extension that ignores idempotency keys and can lose a reply. */
class FakeSurveyCentre implements SurveyGateway {
  readonly stored: SurveySheet[] = [];
  readonly posts: string[] = [];
  readonly lookups: string[] = [];
  loseNextReply = false;

  getSurveys() {
    return Promise.resolve({ kind: 'listed' as const, surveys: questionnaire });
  }
  postResponse(_surveyId: string, sheet: SurveySheet, key: string) {
    this.posts.push(key);
    this.stored.push(sheet);
    if (this.loseNextReply) {
      this.loseNextReply = false;
      return Promise.reject(serverError());
    }
    return Promise.resolve({ kind: 'accepted' as const });
  }
  findResponse(_surveyId: string, responseId: string): Promise<LookupResult> {
    this.lookups.push(responseId);
    const hit = this.stored.some((sheet) => sheet.responseId === responseId);
    return Promise.resolve(hit ? { kind: 'found', id: responseId } : { kind: 'absent' });
  }
}

let kiosk: TestKiosk;
let worker: UploadWorker | undefined;
beforeEach(async () => {
  // Late evening UTC: already the next day in the kiosk's time zone (Asia/Shanghai).
  kiosk = await startTestKiosk({ now: new Date('2026-11-28T17:47:13.512Z') });
});
afterEach(async () => {
  await worker?.stop();
  worker = undefined;
  await kiosk.stop();
});

function start(surveys: SurveyGateway): SurveyService {
  const catalogue = sampleCatalogue();
  const centre = Object.assign(new FakeCentre(() => kiosk.clock.now), { surveys });
  worker = createUploadWorker({
    db: kiosk.runtime.db,
    gateway: centre,
    classify: classifyFakeFailure,
    keys: kiosk.runtime.keys,
    directory: kiosk.runtime.directory,
    resolveService: catalogueResolver(catalogue),
    kioskLocation: () => kioskLocation,
    settings,
    logger: kiosk.runtime.logger,
    now: () => kiosk.clock.now,
    random: () => 0.5,
    senders: defaultSenderRegistry,
  });
  return createSurveyService({
    db: kiosk.runtime.db,
    gateway: surveys,
    timeZone: 'Asia/Shanghai',
    logger: kiosk.runtime.logger,
    now: () => kiosk.clock.now,
    randomUuid: randomUUID,
    random: () => 0.5,
    // Delivery is what is watched here; the wait before a first attempt is surveyTimes.test.ts's.
    firstAttemptDelayMaxMs: 0,
    onSaved: () => undefined,
  });
}

const outboxId = (): number =>
  (
    kiosk.runtime.db.prepare("SELECT id FROM outbox WHERE kind = 'survey-answers'").get() as {
      id: number;
    }
  ).id;
const sheetRows = () => kiosk.runtime.db.prepare('SELECT * FROM survey_answers').all();

describe('survey answers through the outbox', () => {
  it('are stored once when the reply is lost: the retry looks the sheet up, sends nothing', async () => {
    const centre = new FakeSurveyCentre();
    const survey = start(centre);
    expect((await survey.getSurvey()).kind).toBe('open');
    survey.submitSurvey({ surveyId: 'needs-2026', answers: { most: 'meals', satisfaction: 5 } });
    centre.loseNextReply = true;
    expect(await worker?.drainQueue()).toBe(0);
    expect(centre.stored).toHaveLength(1);
    expect(sheetRows()).toHaveLength(1);

    kiosk.clock.now = new Date(kiosk.clock.now.getTime() + settings.backoff.capMs);
    expect(await worker?.drainQueue()).toBe(1);
    expect(centre.lookups).toEqual([centre.stored[0]?.responseId]);
    expect(centre.posts).toHaveLength(1);
    expect(centre.stored).toHaveLength(1);
    expect(getEntry(kiosk.runtime.db, outboxId())).toMatchObject({ state: 'sent' });
    // The centre holds it: the kiosk keeps no copy of the answers, and nothing of the kiosk
    // (its delivery times included) can be joined to the centre's sheet by its id.
    expect(sheetRows()).toEqual([]);
    const responseId = centre.stored[0]?.responseId ?? 'missing';
    const outboxBytes = JSON.stringify(kiosk.runtime.db.prepare('SELECT * FROM outbox').all());
    expect(outboxBytes).not.toContain(responseId);
    expect(outboxBytes).toContain('"subject_id":"delivered"');
    expect(await worker?.drainQueue()).toBe(0);
    expect(centre.posts).toHaveLength(1);
  });

  it('hold nothing identifying on the bytes stored and sent', async () => {
    const bodies: string[] = [];
    const client = createSurveyClient({
      baseUrl: 'http://centre.test/open311/v2/',
      apiKey: 'kiosk-key',
      timeoutMs: 5_000,
      fetch: (input, init) => {
        const url = String(input);
        if (url.includes('/x/surveys.json')) {
          return Promise.resolve(Response.json(questionnaire));
        }
        bodies.push(String(init?.body));
        const responseId = new URLSearchParams(String(init?.body)).get('response_id');
        return Promise.resolve(Response.json([{ response_id: responseId }], { status: 201 }));
      },
    });
    const survey = start(createSurveyGateway(client));
    expect((await survey.getSurvey()).kind).toBe('open');
    // A card was read in this visit and a request made: neither may reach the survey.
    const cardToken = 'card-token-5f1c2e';
    expect(
      SurveySubmission.safeParse({ surveyId: 'needs-2026', answers: {}, cardToken }).success,
    ).toBe(false);
    survey.submitSurvey({
      surveyId: 'needs-2026',
      answers: {
        most: 'repairs',
        satisfaction: 2,
        say: '请联系我 13812345678，身份证 110101194003071234\u202e',
      },
    });
    // release_at is the visit plus the random wait (0 here), like an entry's next attempt:
    // surveyTimes.test.ts reads what it holds.
    const sheetBytes = JSON.stringify(
      kiosk.runtime.db
        .prepare('SELECT response_id, survey_id, answered_on, answers_json FROM survey_answers')
        .all(),
    );
    expect(await worker?.drainQueue()).toBe(1);
    const entries = kiosk.runtime.db
      .prepare('SELECT created_at FROM outbox WHERE kind = ?')
      .all('survey-answers');
    expect(entries).toHaveLength(1);
    const storedBytes = sheetBytes + JSON.stringify(entries);
    expect(bodies).toHaveLength(1);
    const sentBytes = decodeURIComponent(bodies[0] ?? '');

    for (const bytes of [storedBytes, sentBytes]) {
      expect(bytes).not.toMatch(/\d{15,18}|\d{6}19\d{2}/); // no ID number
      expect(bytes).not.toMatch(/1[3-9]\d[ -]?\d{4}[ -]?\d{4}/); // no mobile phone
      expect(bytes).not.toContain(cardToken);
      expect(bytes).not.toMatch(/A03-\d{4}-\d{4,5}/); // no ticket
      expect(bytes).not.toMatch(/kiosk_id|A03/); // no kiosk id
      expect(bytes).not.toMatch(/T(?!00:00:00)\d{2}:\d{2}/); // a day at most
      expect(bytes).not.toMatch(/17:47|01:47/);
      expect(bytes).not.toContain('\u202e');
    }
    expect(storedBytes).toContain('"answered_on":"2026-11-29"');
    expect(storedBytes).toContain('"created_at":"2026-11-28T00:00:00.000Z"');
    expect(storedBytes).toContain('[身份证号已隐去]');
    expect(storedBytes).toContain('[电话已隐去]');
    const form = new URLSearchParams(bodies[0]);
    expect([...form.keys()].sort()).toEqual(['answered_on', 'answers', 'api_key', 'response_id']);
    expect(form.get('answered_on')).toBe('2026-11-29');
    // Delivered: the kiosk's rows no longer name the sheet the centre holds.
    const afterBytes = JSON.stringify([
      sheetRows(),
      kiosk.runtime.db.prepare('SELECT * FROM outbox').all(),
    ]);
    expect(afterBytes).not.toContain(form.get('response_id') ?? 'missing');
    expect(JSON.parse(form.get('answers') ?? '')).toMatchObject({
      most: 'repairs',
      satisfaction: 2,
    });
  });

  it('refuse answers the questionnaire does not offer, and a missing required answer', async () => {
    const survey = start(new FakeSurveyCentre());
    await survey.getSurvey();
    expect(() =>
      survey.submitSurvey({
        surveyId: 'needs-2026',
        answers: { most: 'swimming', satisfaction: 3 },
      }),
    ).toThrow(/survey-answer-invalid/);
    expect(() =>
      survey.submitSurvey({ surveyId: 'needs-2026', answers: { most: 'meals' } }),
    ).toThrow(/survey-answer-invalid/);
    expect(() =>
      survey.submitSurvey({ surveyId: 'other', answers: { most: 'meals', satisfaction: 3 } }),
    ).toThrow(/survey-changed/);
    expect(sheetRows()).toEqual([]);
  });
});
