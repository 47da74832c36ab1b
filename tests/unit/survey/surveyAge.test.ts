// A survey entry keeps the UTC day's start as its created_at (so it cannot date the visit): it
// must not pass for the queue's oldest entry, which it would make look up to a day old, neither
// in the worker's state (kiosk care, fleet) nor in the staff upload queue. It is still counted.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { enqueue } from '../../../db/repositories/outbox.js';
import { createStaffQueueViews } from '../../../electron/services/staff/staffQueueView.js';
import { undatedKinds } from '../../../electron/services/upload/senders/index.js';
import { surveyAnswersKind } from '../../../electron/services/upload/senders/surveySender.js';
import { uploadState } from '../../../electron/services/upload/uploadWorker.js';
import { type TestKiosk, startTestKiosk } from '../../support/testRuntime.js';

const now = new Date('2026-11-28T17:47:13.000Z');
let kiosk: TestKiosk;
beforeEach(async () => {
  kiosk = await startTestKiosk({ now });
});
afterEach(async () => {
  await kiosk.stop();
});

const staffQueue = () =>
  createStaffQueueViews({
    db: kiosk.runtime.db,
    guard: { signedIn: () => ({ id: 'staff-1', name: '值班' }), audit: () => undefined },
    keys: kiosk.runtime.keys,
    catalog: { accepted: () => [] },
    uploadState: undefined,
    now: () => now,
  }).queue('token');

describe('the oldest waiting entry', () => {
  it('leaves survey entries out, and still counts them', () => {
    expect(undatedKinds()).toEqual([surveyAnswersKind]);
    enqueue(kiosk.runtime.db, {
      kind: surveyAnswersKind,
      subjectId: '3f0c7a52-6d1e-4b8e-9a37-2c5d8e1f4a60',
      idempotencyKey: 'key-survey',
      priority: 2,
      now: '2026-11-28T00:00:00.000Z',
    });
    expect(uploadState(kiosk.runtime.db, () => now)).toMatchObject({
      queueDepth: 1,
      oldestWaitingSeconds: null,
    });
    expect(staffQueue()).toMatchObject({ counts: { waiting: 1 }, oldestAgeSeconds: null });

    // An entry that keeps its moment (any other kind), saved five minutes ago, is the oldest.
    enqueue(kiosk.runtime.db, {
      kind: 'appointment-booking',
      subjectId: 'booking-1',
      idempotencyKey: 'key-booking',
      priority: 2,
      now: new Date(now.getTime() - 300_000).toISOString(),
    });
    expect(uploadState(kiosk.runtime.db, () => now)).toMatchObject({
      queueDepth: 2,
      oldestWaitingSeconds: 300,
    });
    expect(staffQueue()).toMatchObject({ counts: { waiting: 2 }, oldestAgeSeconds: 300 });
  });
});
