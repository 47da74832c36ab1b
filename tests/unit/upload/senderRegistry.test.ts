// The proof that a journey is cheap to add: a kind that exists only in this file (a "postcard"
// to the centre, with its own table and its own platform call) is registered with the worker and
// goes through the outbox exactly once, on a platform that ignores idempotency keys — marked in
// flight, committed, before its call leaves; a lost reply retried and settled by a look-up
// instead of a second post; a call that never arrived looked up, then sent again under the same
// key. No production file names the kind. And an entry whose kind no sender owns (a row written
// by a newer kiosk) is held for staff with a clear log line while the rest of the queue goes.
import BetterSqlite3 from 'better-sqlite3';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { enqueue, getEntry } from '../../../db/repositories/outbox.js';
import { deadLetters } from '../../../db/repositories/outboxDeadLetters.js';
import { unsettledEntries } from '../../../db/repositories/staffQueueEntries.js';
import type { LookupResult } from '../../../electron/services/upload/centreGateway.js';
import {
  DuplicateSenderKind,
  defaultSenders,
  senderRegistry,
} from '../../../electron/services/upload/senders/index.js';
import type { OutboxSender } from '../../../electron/services/upload/senders/senderProtocol.js';
import {
  type UploadWorker,
  createUploadWorker,
} from '../../../electron/services/upload/uploadWorker.js';
import {
  FakeCentre,
  classifyFakeFailure,
  serverError,
  timeoutFailure,
} from '../../support/fakeCentre.js';
import { type TestKiosk, startTestKiosk } from '../../support/testRuntime.js';
import { catalogueResolver, sampleCatalogue } from './catalogueResolver.js';
import { failing, kioskLocation, settings } from './workerHarness.js';

const postcardKind = 'test-postcard';

interface Postcard {
  subject: string;
  text: string;
}

/** The postcard journey's platform: stores every post (it ignores keys), can be searched. */
class PostcardPlatform {
  readonly stored: { id: string; key: string; subject: string }[] = [];
  readonly posts: string[] = [];
  readonly lookups: string[] = [];
  /** What the next posts do: store then lose the reply, or fail before storing. */
  readonly script: ('store-then-fail' | 'fail-before-storing' | 'refuse')[] = [];
  /** Called as each post arrives, before anything is stored. */
  onPost: (subject: string) => void = () => undefined;

  post(card: Postcard, key: string): Promise<string> {
    this.posts.push(key);
    this.onPost(card.subject);
    const step = this.script.shift();
    if (step === 'fail-before-storing') return Promise.reject(timeoutFailure());
    if (step === 'refuse')
      return Promise.reject(failing('permanent', 'http-400 no such postcard box', { status: 400 }));
    const id = `PC-${this.stored.length + 1}`;
    this.stored.push({ id, key, subject: card.subject });
    return step === 'store-then-fail' ? Promise.reject(serverError()) : Promise.resolve(id);
  }

  find(subject: string): Promise<LookupResult> {
    this.lookups.push(subject);
    const hit = this.stored.find((record) => record.subject === subject);
    return Promise.resolve(hit ? { kind: 'found', id: hit.id } : { kind: 'absent' });
  }
}

/** The kind's own table (a journey would add a migration for it) and its sender. */
function postcardJourney() {
  const platform = new PostcardPlatform();
  const cards = new Map<string, { text: string; centreId: string | null }>();
  const sender: OutboxSender<string, Postcard> = {
    kind: postcardKind,
    read(_deps, entry) {
      const subject = entry.subjectId ?? '';
      const card = cards.get(subject);
      if (!card) {
        const dead = { reason: 'postcard-missing', status: null, errors: [], sent: null };
        return { label: subject, settle: { kind: 'dead', ...dead, mapping: null } };
      }
      const value = { subject, text: card.text };
      return { label: subject, found: subject, outgoing: { value, serviceCode: null } };
    },
    lookUp: (_deps, subject) => platform.find(subject),
    async send(_deps, card, idempotencyKey) {
      const id = await platform.post(card, idempotencyKey);
      return { upstreamId: id, upstreamToken: null, outcome: 'answered' };
    },
    refused: () => ({ sent: null, mapping: null }),
    recordSent(_db, entry, settled) {
      const card = cards.get(entry.subjectId ?? '');
      if (card) card.centreId = settled.upstreamId;
    },
  };
  return { platform, cards, sender };
}

let kiosk: TestKiosk;
let journey: ReturnType<typeof postcardJourney>;
let worker: UploadWorker;

beforeEach(async () => {
  kiosk = await startTestKiosk();
  journey = postcardJourney();
  worker = createUploadWorker({
    ...workerDeps(),
    senders: senderRegistry([...defaultSenders, journey.sender]),
  });
});
afterEach(async () => {
  await worker.stop();
  await kiosk.stop();
});

/** The worker as kioskRuntime.ts wires it, over the test kiosk and a FakeCentre. */
function workerDeps() {
  const catalogue = sampleCatalogue();
  const centre = new FakeCentre(() => kiosk.clock.now);
  centre.services = catalogue.services;
  centre.definitions = catalogue.definitions;
  return {
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
  };
}

/** The journey saves its row and its outbox entry in one transaction, as intake does. */
function sendPostcard(subject: string, text: string, kind = postcardKind): number {
  const db = kiosk.runtime.db;
  return db.transaction(() => {
    journey.cards.set(subject, { text, centreId: null });
    const entry = enqueue(db, {
      kind,
      subjectId: subject,
      idempotencyKey: `key-${subject}`,
      priority: 2,
      now: kiosk.clock.now.toISOString(),
    });
    return entry.id;
  })();
}

/** What another process reads from the file: committed rows only. */
function committedInFlightSince(outboxId: number): string | null {
  const reader = new BetterSqlite3(join(kiosk.dataDir, 'kiosk.sqlite'), { readonly: true });
  try {
    const row = reader.prepare('SELECT in_flight_since FROM outbox WHERE id = ?').get(outboxId) as {
      in_flight_since: string | null;
    };
    return row.in_flight_since;
  } finally {
    reader.close();
  }
}

const later = (ms: number) => (kiosk.clock.now = new Date(kiosk.clock.now.getTime() + ms));

describe('a journey registered through the sender registry', () => {
  it('is stored once when a lost reply is retried: marked first, then found by a look-up', async () => {
    const id = sendPostcard('PC-SUBJECT-1', 'thank you for the ramp');
    const marks: (string | null)[] = [];
    journey.platform.onPost = () => marks.push(committedInFlightSince(id));
    journey.platform.script.push('store-then-fail');
    expect(await worker.drainQueue()).toBe(0);
    const firstSentAt = kiosk.clock.now.toISOString();
    expect(marks).toEqual([firstSentAt]);
    expect(getEntry(kiosk.runtime.db, id)).toMatchObject({
      state: 'waiting',
      attempts: 1,
      inFlightSince: firstSentAt,
      lastError: expect.stringContaining('500') as string,
    });

    later(settings.backoff.capMs);
    expect(await worker.drainQueue()).toBe(1);
    expect(journey.platform.lookups).toEqual(['PC-SUBJECT-1']);
    expect(journey.platform.posts).toEqual(['key-PC-SUBJECT-1']);
    expect(journey.platform.stored).toHaveLength(1);
    expect(getEntry(kiosk.runtime.db, id)).toMatchObject({ state: 'sent', sends: 1 });
    expect(
      kiosk.runtime.db.prepare('SELECT outcome, upstream_id FROM outbox WHERE id = ?').get(id),
    ).toEqual({ outcome: 'found', upstream_id: 'PC-1' });
    // What "sent" means for the kind was recorded by its own sender.
    expect(journey.cards.get('PC-SUBJECT-1')?.centreId).toBe('PC-1');
    expect(await worker.drainQueue()).toBe(0);
    expect(journey.platform.posts).toHaveLength(1);
  });

  it('is looked up, then sent again under the same key, when the first call never arrived', async () => {
    const id = sendPostcard('PC-SUBJECT-2', 'the lift is fixed');
    journey.platform.script.push('fail-before-storing');
    expect(await worker.drainQueue()).toBe(0);
    expect(journey.platform.stored).toHaveLength(0);

    later(settings.backoff.capMs);
    expect(await worker.drainQueue()).toBe(1);
    expect(journey.platform.lookups).toEqual(['PC-SUBJECT-2']);
    expect(journey.platform.posts).toEqual(['key-PC-SUBJECT-2', 'key-PC-SUBJECT-2']);
    expect(journey.platform.stored).toEqual([
      { id: 'PC-1', key: 'key-PC-SUBJECT-2', subject: 'PC-SUBJECT-2' },
    ]);
    expect(getEntry(kiosk.runtime.db, id)).toMatchObject({ state: 'sent', sends: 2 });
    expect(journey.cards.get('PC-SUBJECT-2')?.centreId).toBe('PC-1');
  });

  it('holds a kind no sender owns for staff, with a clear log line, and sends the rest', async () => {
    const unknown = sendPostcard('FUTURE-1', 'from a newer kiosk', 'written-by-a-newer-kiosk');
    const known = sendPostcard('PC-SUBJECT-3', 'more benches, please');
    expect(await worker.drainQueue()).toBe(1);
    expect(getEntry(kiosk.runtime.db, known)).toMatchObject({ state: 'sent' });
    expect(getEntry(kiosk.runtime.db, unknown)).toMatchObject({
      state: 'held',
      heldReason: expect.stringContaining(
        'no sender for the outbox kind "written-by-a-newer-kiosk"',
      ) as string,
    });
    expect(journey.platform.posts).toEqual(['key-PC-SUBJECT-3']);
    expect(
      kiosk.logs.filter(
        (line) => line.includes('held for staff') && line.includes('written-by-a-newer-kiosk'),
      ),
    ).toHaveLength(1);
    // Staff see the entry, its kind and its subject.
    expect(unsettledEntries(kiosk.runtime.db)).toEqual([
      expect.objectContaining({
        outboxId: unknown,
        kind: 'written-by-a-newer-kiosk',
        ticket: 'FUTURE-1',
        requestId: null,
        state: 'held',
      }),
    ]);
    expect(worker.state()).toMatchObject({ held: 1, queueDepth: 0, deadLetters: 0 });
  });

  it('keeps a refusal as a dead letter staff see by kind and subject, and resends it', async () => {
    const id = sendPostcard('PC-SUBJECT-5', 'please open on Sundays');
    journey.platform.script.push('refuse');
    expect(await worker.drainQueue()).toBe(0);
    expect(deadLetters(kiosk.runtime.db)).toEqual([
      expect.objectContaining({
        outboxId: id,
        kind: postcardKind,
        requestId: null,
        ticket: 'PC-SUBJECT-5',
        reason: 'http-400 no such postcard box',
        httpStatus: 400,
      }),
    ]);
    expect(worker.resendDeadLetter(id, { refile: false })).toMatchObject({
      ok: true,
      ticket: 'PC-SUBJECT-5',
    });
    // The resend nudges the worker into a drain; this one runs after it.
    await worker.drainQueue();
    expect(getEntry(kiosk.runtime.db, id)).toMatchObject({ state: 'sent', sends: 2 });
    // Sent before, so looked up first (not there), then posted under the new key.
    expect(journey.platform.lookups).toEqual(['PC-SUBJECT-5']);
    expect(journey.platform.stored).toHaveLength(1);
    expect(journey.platform.posts[1]).not.toBe(journey.platform.posts[0]);
  });

  it('holds an entry its own sender cannot read, and the drain goes on', async () => {
    const broken: OutboxSender = {
      ...journey.sender,
      kind: 'test-broken',
      read: () => {
        throw new Error('the broken table is gone');
      },
    };
    const brokenWorker = createUploadWorker({
      ...workerDeps(),
      senders: senderRegistry([...defaultSenders, journey.sender, broken]),
    });
    const held = sendPostcard('BROKEN-1', 'never read', 'test-broken');
    const known = sendPostcard('PC-SUBJECT-4', 'a bench by the door');
    expect(await brokenWorker.drainQueue()).toBe(1);
    await brokenWorker.stop();
    expect(getEntry(kiosk.runtime.db, known)).toMatchObject({ state: 'sent' });
    expect(getEntry(kiosk.runtime.db, held)).toMatchObject({
      state: 'held',
      heldReason: 'the test-broken entry could not be read: the broken table is gone',
    });
  });

  it('refuses two senders for one kind', () => {
    expect(() => senderRegistry([...defaultSenders, journey.sender, journey.sender])).toThrow(
      DuplicateSenderKind,
    );
  });
});
