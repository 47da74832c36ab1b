// How durable each of the worker's commits is (docs/exactly-once.md): an in-flight mark is
// committed with synchronous=FULL before its POST leaves, an answer that comes while others are
// outstanding is committed at once without waiting for them (and without an fsync, as it may be:
// a power cut only turns it back into "in flight"), the last round of a drain is fsynced, and
// entries marked ahead that never left are unmarked when the platform asks for a pause.
// The level each write was made under is observed with a temporary trigger calling back into the
// test, and every POST checks, as it arrives, what a second connection sees.
import BetterSqlite3 from 'better-sqlite3';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { commitDurably, commitWithoutFsync } from '../../../db/openDatabase.js';
import type { OutgoingRequest, Posted } from '../../../electron/services/upload/centreGateway.js';
import { type Harness, draft, failing, startHarness } from './workerHarness.js';

let harness: Harness;
beforeEach(async () => {
  harness = await startHarness({ maxInFlight: 4 });
});
afterEach(() => harness.stop());

type Level = 'FULL' | 'NORMAL';
const levelNames: Record<string, Level> = {
  '2': 'FULL',
  full: 'FULL',
  '1': 'NORMAL',
  normal: 'NORMAL',
};

interface Write {
  key: string;
  state: string;
  sends: number;
  level: Level;
}

/** Every write to the outbox, with the synchronous level it was committed under. */
function observeWrites(): Write[] {
  const db = harness.kiosk.runtime.db;
  const writes: Write[] = [];
  let level: Level = levelNames[String(db.pragma('synchronous', { simple: true }))] ?? 'FULL';
  const pragma = db.pragma.bind(db);
  vi.spyOn(db, 'pragma').mockImplementation((source, options) => {
    const set = /^\s*synchronous\s*=\s*(\w+)/i.exec(source)?.[1]?.toLowerCase();
    const result = pragma(source, options);
    if (set !== undefined) level = levelNames[set] ?? level;
    return result;
  });
  db.function('observe_write', (key: unknown, state: unknown, sends: unknown) => {
    writes.push({ key: String(key), state: String(state), sends: Number(sends), level });
    return 0;
  });
  db.exec(`CREATE TEMP TRIGGER observe_outbox AFTER UPDATE ON main.outbox
           BEGIN SELECT observe_write(NEW.idempotency_key, NEW.state, NEW.sends); END`);
  return writes;
}

/** What another process would read from the file: committed rows only. */
function committed(key: string): { state: string; inFlightSince: string | null } | undefined {
  const reader = new BetterSqlite3(join(harness.kiosk.dataDir, 'kiosk.sqlite'), { readonly: true });
  try {
    const row = reader
      .prepare(
        'SELECT state, in_flight_since AS inFlightSince FROM outbox WHERE idempotency_key = ?',
      )
      .get(key) as { state: string; inFlightSince: string | null } | undefined;
    return row;
  } finally {
    reader.close();
  }
}

function readFile<T>(read: (reader: BetterSqlite3.Database) => T): T {
  const reader = new BetterSqlite3(join(harness.kiosk.dataDir, 'kiosk.sqlite'), { readonly: true });
  try {
    return read(reader);
  } finally {
    reader.close();
  }
}

const inFlightRows = () =>
  readFile(
    (reader) =>
      (
        reader
          .prepare('SELECT COUNT(*) AS n FROM outbox WHERE in_flight_since IS NOT NULL')
          .get() as {
          n: number;
        }
      ).n,
  );

const waiting = () =>
  readFile((reader) =>
    (
      reader
        .prepare(
          "SELECT in_flight_since IS NOT NULL AS inFlight, sends FROM outbox WHERE state = 'waiting' ORDER BY id",
        )
        .all() as { inFlight: number; sends: number }[]
    ).map((row) => ({ inFlight: row.inFlight === 1, sends: row.sends })),
  );

interface HeldReply {
  key: string;
  description: string;
  release(): void;
}

/** Each POST reaches the platform, but its answer comes back only when the test says so. */
function holdReplies(): { arrived: HeldReply[]; atPost: unknown[] } {
  const { centre } = harness;
  const db = harness.kiosk.runtime.db;
  const arrived: HeldReply[] = [];
  const atPost: unknown[] = [];
  const post = centre.postRequest.bind(centre);
  vi.spyOn(centre, 'postRequest').mockImplementation(
    async (request: OutgoingRequest, key: string): Promise<Posted> => {
      const seen = committed(key);
      atPost.push({
        inTransaction: db.inTransaction,
        synchronous: db.pragma('synchronous', { simple: true }),
        state: seen?.state,
        inFlight: seen?.inFlightSince !== null && seen?.inFlightSince !== undefined,
      });
      const reply = await post(request, key);
      await new Promise<void>((release) =>
        arrived.push({ key, description: request.description, release }),
      );
      return reply;
    },
  );
  return { arrived, atPost };
}

async function submit(count: number): Promise<void> {
  for (let i = 0; i < count; i += 1)
    await harness.kiosk.call('submitRequest', draft({ description: `水管漏水 ${i}` }));
}

describe('the durability of each commit', () => {
  it('marks in flight with synchronous=FULL, committed before the POST leaves', async () => {
    await submit(8);
    const writes = observeWrites();
    const { arrived, atPost } = holdReplies();
    const drained = harness.worker.drainQueue();
    await vi.waitFor(() => expect(arrived).toHaveLength(4));
    // A call ends: a pool's worth is marked in one fsynced commit, and one of them goes now...
    arrived[0]?.release();
    await vi.waitFor(() => expect(arrived).toHaveLength(5));
    expect(inFlightRows()).toBe(8);
    // ...and the other three as calls end, on marks already on disk.
    for (const [ended, next] of [
      [1, 6],
      [2, 7],
      [3, 8],
    ] as const) {
      arrived[ended]?.release();
      await vi.waitFor(() => expect(arrived).toHaveLength(next));
    }
    for (const reply of arrived.slice(4)) reply.release();
    expect(await drained).toBe(8);

    const marks = writes.filter((write) => write.state === 'waiting' && write.sends === 1);
    expect(marks).toHaveLength(8);
    expect(new Set(marks.map((mark) => mark.level))).toEqual(new Set(['FULL']));
    const posted = { inTransaction: false, synchronous: 2, state: 'waiting', inFlight: true };
    expect(atPost).toEqual(Array.from({ length: 8 }, () => posted));
    expect(harness.centre.records).toHaveLength(8);
  });

  it('undoes the marks of entries that never left when the platform asks for a pause', async () => {
    await submit(8);
    const { arrived } = holdReplies();
    const drained = harness.worker.drainQueue();
    await vi.waitFor(() => expect(arrived).toHaveLength(4));
    // The fifth POST is refused with a Retry-After, while three more wait marked for a call.
    harness.centre.failures.push(
      failing('retryable', 'http_429', { status: 429, retryAfterMs: 30_000 }),
    );
    arrived[0]?.release();
    await vi.waitFor(() => expect(harness.centre.keysSeen).toHaveLength(5));
    for (const reply of arrived.slice(1)) reply.release();
    expect(await drained).toBe(4);
    expect(harness.centre.keysSeen).toHaveLength(5);
    // The refused one stays in flight (looked up before a resend); the three unsent are as new.
    expect(waiting()).toEqual([
      { inFlight: true, sends: 1 },
      { inFlight: false, sends: 0 },
      { inFlight: false, sends: 0 },
      { inFlight: false, sends: 0 },
    ]);
  });

  it('commits an answer at once, never behind a slower one, and fsyncs the last round', async () => {
    await submit(8);
    const writes = observeWrites();
    const { arrived } = holdReplies();
    const drained = harness.worker.drainQueue();
    await vi.waitFor(() => expect(arrived).toHaveLength(4));
    const [slow, first, quick] = arrived;
    const key = (reply: HeldReply | undefined) => reply?.key ?? '';
    // The first answer claims the next pool's worth (one goes, three wait marked).
    first?.release();
    await vi.waitFor(() => expect(arrived).toHaveLength(5));
    quick?.release();
    // Committed (another connection sees it) while the first POST is still outstanding.
    await vi.waitFor(() => expect(committed(key(quick))?.state).toBe('sent'));
    expect(committed(key(slow))?.state).toBe('waiting');
    await vi.waitFor(() => expect(arrived).toHaveLength(6));
    for (const reply of arrived.slice(3)) reply.release();
    await vi.waitFor(() => expect(arrived).toHaveLength(8));
    for (const reply of arrived.slice(6)) reply.release();
    await vi.waitFor(() => expect(committed(key(arrived[7]))?.state).toBe('sent'));
    // Stopping: the last answer's round can mark nothing, and is fsynced all the same.
    await harness.worker.stop();
    slow?.release();
    expect(await drained).toBe(8);

    const levelOf = new Map(
      writes.filter((write) => write.state === 'sent').map((write) => [write.key, write.level]),
    );
    // A round that may mark entries in flight is fully durable.
    expect(levelOf.get(key(first))).toBe('FULL');
    // An answer while marked entries wait for a call: alone, committed without an fsync.
    expect(levelOf.get(key(quick))).toBe('NORMAL');
    // The pool is empty: the drain ends on an fsync, hardening every answer before it.
    expect(levelOf.get(key(slow))).toBe('FULL');
    expect(writes.at(-1)).toMatchObject({ key: key(slow), state: 'sent', level: 'FULL' });
    expect(harness.kiosk.runtime.db.pragma('synchronous', { simple: true })).toBe(2);
    expect(harness.centre.records).toHaveLength(8);
  });
});

describe('commits of a chosen durability', () => {
  it('run at their level, restore the connection’s own even when the work throws', () => {
    const db = harness.kiosk.runtime.db;
    const level = () => db.pragma('synchronous', { simple: true });
    db.pragma('synchronous = NORMAL');
    expect(commitDurably(db, level)).toBe(2);
    expect(level()).toBe(1);
    db.pragma('synchronous = FULL');
    expect(commitWithoutFsync(db, level)).toBe(1);
    expect(() =>
      commitWithoutFsync(db, () => {
        throw new Error('refused');
      }),
    ).toThrow('refused');
    expect(level()).toBe(2);
    expect(() => db.transaction(() => commitDurably(db, level))()).toThrow(/inside a transaction/);
  });
});
