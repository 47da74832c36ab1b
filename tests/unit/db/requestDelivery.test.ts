// How a request's delivery stands, as the emergency screen reads it through getRequestStatus:
// saved here until the centre took it, then taken; refused once the outbox gave it up.
import BetterSqlite3 from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { loadMigrations, migrate } from '../../../db/migrate.js';
import { enqueue, markDead, markSent, requestDelivery } from '../../../db/repositories/outbox.js';
import { insertRequest } from '../../../db/repositories/requests.js';
import { newRequestRow } from '../../support/newRequestRow.js';

const now = '2026-11-28T01:30:00.000Z';

function withRequests(count: number) {
  const db = new BetterSqlite3(':memory:');
  db.pragma('foreign_keys = ON');
  migrate(db, loadMigrations());
  const ids = Array.from({ length: count }, (_, index) => {
    const stored = insertRequest(db, newRequestRow(), (seq) => ({
      ticket: `A03-1128-${String(seq).padStart(4, '0')}`,
      lookupCode: `A03-20261128-${String(seq).padStart(4, '0')}`,
    }));
    enqueue(db, {
      kind: 'request',
      requestId: stored.id,
      idempotencyKey: `key-${index}`,
      priority: 0,
      now,
    });
    return stored.id;
  });
  return { db, ids };
}

describe('request delivery', () => {
  it('is "queued" while the outbox still holds the request', () => {
    const { db, ids } = withRequests(1);
    expect(requestDelivery(db, ids[0] ?? 0)).toBe('queued');
  });

  it('is "forwarded" once the centre took it and "refused" once it was given up', () => {
    const { db, ids } = withRequests(2);
    const [taken = 0, refused = 0] = ids;
    const entryOf = (requestId: number) =>
      (db.prepare('SELECT id FROM outbox WHERE request_id = ?').get(requestId) as { id: number })
        .id;
    markSent(db, entryOf(taken), { upstreamId: 'SR-1', outcome: 'answered', now });
    markDead(db, entryOf(refused), 'http-400', now);
    expect(requestDelivery(db, taken)).toBe('forwarded');
    expect(requestDelivery(db, refused)).toBe('refused');
  });
});
