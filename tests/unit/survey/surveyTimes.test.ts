// Nothing stored with or about a survey sheet dates the visit to the minute: read on the raw
// rows of outbox, survey_answers and survey_questionnaire (fetched when the tile opens), before the first attempt, while the centre is down (in
// flight, a retry scheduled) and after delivery. Two visits 35 minutes apart leave rows that
// differ only in their random ids, and no row holds the minute of either visit. A sheet enters
// the outbox only at its release, after the requests made meanwhile, so its row number does not
// sit next to the request its resident made.
import { randomUUID } from 'node:crypto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type {
  LookupResult,
  SurveyGateway,
  SurveySheet,
} from '../../../electron/services/upload/centreGateway.js';
import { defaultSenderRegistry } from '../../../electron/services/upload/senders/index.js';
import {
  defaultSurveyDelayMaxMs,
  surveyDelayMaxFrom,
} from '../../../electron/services/survey/surveyDelay.js';
import { createSurveyService } from '../../../electron/services/survey/surveyService.js';
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
    ],
  },
];

/** A centre's surveys extension that can be down. */
class FlakySurveyCentre implements SurveyGateway {
  readonly stored: SurveySheet[] = [];
  down = false;
  getSurveys() {
    return Promise.resolve({ kind: 'listed' as const, surveys: questionnaire });
  }
  postResponse(_surveyId: string, sheet: SurveySheet) {
    if (this.down) return Promise.reject(serverError());
    this.stored.push(sheet);
    return Promise.resolve({ kind: 'accepted' as const });
  }
  findResponse(_surveyId: string, responseId: string): Promise<LookupResult> {
    if (this.down) return Promise.reject(serverError());
    const hit = this.stored.some((sheet) => sheet.responseId === responseId);
    return Promise.resolve(hit ? { kind: 'found', id: responseId } : { kind: 'absent' });
  }
}

const firstVisit = new Date('2026-11-28T09:47:13.512Z');
const secondVisit = new Date(firstVisit.getTime() + 35 * 60_000);
/** Both visits' minutes, in UTC and in the kiosk's zone (Asia/Shanghai, +8). */
const visitMinutes = ['09:47', '17:47', '10:22', '18:22'];
const hour = 3_600_000;

let kiosk: TestKiosk;
let worker: UploadWorker;
let draws: number[];
const centre = new FlakySurveyCentre();

beforeEach(async () => {
  kiosk = await startTestKiosk({ now: firstVisit });
  draws = [];
  centre.stored.length = 0;
  centre.down = false;
  worker = createUploadWorker({
    db: kiosk.runtime.db,
    gateway: Object.assign(new FakeCentre(() => kiosk.clock.now), { surveys: centre }),
    classify: classifyFakeFailure,
    keys: kiosk.runtime.keys,
    directory: kiosk.runtime.directory,
    resolveService: catalogueResolver(sampleCatalogue()),
    kioskLocation: () => kioskLocation,
    settings,
    logger: kiosk.runtime.logger,
    now: () => kiosk.clock.now,
    random: () => 0.5,
    senders: defaultSenderRegistry,
  });
});
afterEach(async () => {
  await worker.stop();
  await kiosk.stop();
});

async function answerAt(visit: Date, draw: number): Promise<void> {
  kiosk.clock.now = visit;
  const survey = createSurveyService({
    db: kiosk.runtime.db,
    gateway: centre,
    timeZone: 'Asia/Shanghai',
    logger: kiosk.runtime.logger,
    now: () => kiosk.clock.now,
    randomUuid: randomUUID,
    random: () => {
      draws.push(draw);
      return draw;
    },
    firstAttemptDelayMaxMs: defaultSurveyDelayMaxMs,
    onSaved: () => undefined,
  });
  expect((await survey.getSurvey()).kind).toBe('open');
  survey.submitSurvey({ surveyId: 'needs-2026', answers: { most: 'meals' } });
}

/** The raw rows as stored, each as its JSON text. */
const storedRows = (): string[] =>
  [
    ...kiosk.runtime.db.prepare("SELECT * FROM outbox WHERE kind = 'survey-answers'").all(),
    ...kiosk.runtime.db.prepare('SELECT * FROM survey_answers').all(),
    ...kiosk.runtime.db.prepare('SELECT * FROM survey_questionnaire').all(),
  ].map((row) => JSON.stringify(row));

/** What is left when the random ids and the row numbers are taken out. */
const withoutIds = (row: string) =>
  row
    .replace(/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/g, '<uuid>')
    .replace(/"id":\d+/, '"id":<n>');

const expectNoVisitMinute = (rows: readonly string[]) => {
  for (const minute of visitMinutes) expect(rows.join('\n')).not.toContain(minute);
};

describe('a survey sheet stored on the kiosk', () => {
  it('does not date the visit: two visits 35 minutes apart store the same bytes', async () => {
    // The first draws a wait of an hour (0.5 of two), the second one of 25 minutes.
    await answerAt(firstVisit, 0.5);
    await answerAt(secondVisit, 25 / 120);
    expect(draws).toEqual([0.5, 25 / 120]);
    // Before its wait a sheet has no outbox entry at all, only its release moment.
    const rows = storedRows();
    expect(rows).toHaveLength(3);
    const [firstSheet, secondSheet, cached] = rows.map(withoutIds);
    expect(secondSheet).toBe(firstSheet);
    expect(firstSheet).toContain('"answered_on":"2026-11-28"');
    expect(firstSheet).toContain('"release_at":"2026-11-28T10:47:13.512Z"');
    expect(cached).toContain('"fetched_at":"2026-11-28"');
    expectNoVisitMinute(rows);

    // Released (and tried, the centre down), the two entries are alike too, dated to the day.
    kiosk.clock.now = new Date(firstVisit.getTime() + hour);
    centre.down = true;
    await worker.drainQueue();
    const [firstEntry, secondEntry] = storedRows().map(withoutIds);
    expect(secondEntry).toBe(firstEntry);
    expect(firstEntry).toContain('"created_at":"2026-11-28T00:00:00.000Z"');
  });

  it('is not tried before its wait, and its attempts and delivery keep no visit minute', async () => {
    await answerAt(firstVisit, 0.5);
    kiosk.clock.now = new Date(firstVisit.getTime() + hour - 1);
    expect(await worker.drainQueue()).toBe(0);
    expect(storedRows()[0]).toContain('"release_at":"2026-11-28T10:47:13.512Z"');
    expect(storedRows()[0]).not.toContain('in_flight_since');

    // Due, but the centre is down: in flight from the due time on, a retry scheduled after it.
    centre.down = true;
    kiosk.clock.now = new Date(firstVisit.getTime() + hour);
    await worker.drainQueue();
    const failing = storedRows();
    expect(failing[0]).toContain('"in_flight_since":"2026-11-28T10:47:13.512Z"');
    expect(failing[0]).toContain('"attempts":1');
    expectNoVisitMinute(failing);

    centre.down = false;
    kiosk.clock.now = new Date(kiosk.clock.now.getTime() + settings.backoff.capMs);
    expect(await worker.drainQueue()).toBe(1);
    expect(centre.stored).toHaveLength(1);
    const delivered = storedRows();
    expect(delivered).toHaveLength(2);
    expect(delivered[0]).toContain('"state":"sent"');
    expectNoVisitMinute(delivered);
  });
});

describe("a survey sheet's place in the outbox", () => {
  it('comes after the requests of its wait, not beside its resident’s own request', async () => {
    const request = (description: string) =>
      kiosk.call('submitRequest', {
        category: 'basic-living',
        needId: 'pipe-leak',
        description,
        urgency: 'urgent',
        contact: { phone: '13812345678' },
        language: 'zh-CN',
        location: { kind: 'typed', building: '幸福里小区5号楼', room: '1单元302' },
      });
    kiosk.clock.now = firstVisit;
    await request('厨房水管漏水');
    await answerAt(firstVisit, 0.5);
    // Another resident's request, twenty minutes into the sheet's wait of an hour.
    kiosk.clock.now = new Date(firstVisit.getTime() + 20 * 60_000);
    await request('阳台水管爆了');
    kiosk.clock.now = new Date(firstVisit.getTime() + hour);
    await worker.drainQueue();
    const kinds = (
      kiosk.runtime.db.prepare('SELECT kind FROM outbox ORDER BY id').all() as { kind: string }[]
    ).map((row) => row.kind);
    expect(kinds).toEqual(['request', 'request', 'survey-answers']);
    expect(centre.stored).toHaveLength(1);
  });
});

describe('KIOSK_SURVEY_DELAY_MAX_MS', () => {
  it('is two hours unless set, 0 to a day when set, and a bad value is refused by name', () => {
    expect(surveyDelayMaxFrom({})).toBe(2 * hour);
    expect(surveyDelayMaxFrom({ KIOSK_SURVEY_DELAY_MAX_MS: '0' })).toBe(0);
    expect(surveyDelayMaxFrom({ KIOSK_SURVEY_DELAY_MAX_MS: '86400000' })).toBe(24 * hour);
    for (const bad of ['-1', '86400001', '1h', '1e3']) {
      expect(() => surveyDelayMaxFrom({ KIOSK_SURVEY_DELAY_MAX_MS: bad }), bad).toThrow(
        /KIOSK_SURVEY_DELAY_MAX_MS/,
      );
    }
  });
});
