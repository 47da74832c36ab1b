// The idempotency record and the row it describes commit together or not at all, and a key is
// claimed only between its first call's start and commit.
import type { Database } from 'better-sqlite3';
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { CallContext } from '../../../centre/server/http/context.js';
import { jsonReply } from '../../../centre/server/http/reply.js';
import {
  type IdempotencyDeps,
  idempotentPost,
} from '../../../centre/server/requests/idempotentPost.js';
import { openCentreDatabase } from '../../../centre/server/store/centreDatabase.js';

let dir: string;
let db: Database;
let deps: IdempotencyDeps;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'centre-idem-'));
  db = openCentreDatabase(dir);
  deps = {
    db,
    now: () => new Date('2026-11-28T00:00:00Z'),
    inFlight: new Set(),
    processingDelayMs: 0,
  };
});
afterEach(() => {
  db.close();
  rmSync(dir, { recursive: true, force: true });
});

const ctx = (key: string): CallContext => ({
  method: 'POST',
  path: '/requests.json',
  params: {},
  query: new URLSearchParams(),
  headers: { 'idempotency-key': key },
  body: '',
});
const rows = () => (db.prepare('SELECT COUNT(*) AS n FROM ratings').get() as { n: number }).n;
const storeSomething = () => {
  // Any write stands in for the row the reply describes (foreign keys are off for this test).
  db.prepare(
    "INSERT INTO ratings (request_id, stars, tags_json, rated_at) VALUES (1, 5, '[]', 'x')",
  ).run();
  return jsonReply(201, [{ ok: true }]);
};

describe('idempotentPost', () => {
  beforeEach(() => db.pragma('foreign_keys = OFF'));

  it('stores nothing when the reply cannot be recorded', async () => {
    db.exec(
      "CREATE TRIGGER refuse BEFORE INSERT ON idempotency_records BEGIN SELECT RAISE(ABORT, 'refused'); END",
    );
    await expect(
      idempotentPost(deps, ctx(randomUUID()), 's', new URLSearchParams(), storeSomething),
    ).rejects.toThrow('refused');
    expect(rows()).toBe(0);
  });

  it('records nothing when the write fails', async () => {
    const key = randomUUID();
    await expect(
      idempotentPost(deps, ctx(key), 's', new URLSearchParams(), () => {
        storeSomething();
        throw new Error('disk full');
      }),
    ).rejects.toThrow('disk full');
    expect(rows()).toBe(0);
    expect(deps.inFlight.size).toBe(0);
    // The key is free again: the retry goes through.
    expect(
      (await idempotentPost(deps, ctx(key), 's', new URLSearchParams(), storeSomething)).status,
    ).toBe(201);
    expect(rows()).toBe(1);
  });

  it('does not record refusals, so a corrected retry with the same key can succeed', async () => {
    const key = randomUUID();
    const refused = await idempotentPost(deps, ctx(key), 's', new URLSearchParams('a=1'), () =>
      jsonReply(400, [{ code: 'field_invalid', description: 'no' }]),
    );
    expect(refused.status).toBe(400);
    const stored = await idempotentPost(
      deps,
      ctx(key),
      's',
      new URLSearchParams('a=2'),
      storeSomething,
    );
    expect(stored.status).toBe(201);
  });
});
