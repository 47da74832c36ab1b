// A request staff cancelled is never forwarded, so it never gets a centre id: its personal
// fields must still go once it is past the retention period, like a forwarded one's; a request
// neither forwarded nor cancelled keeps them (it has yet to be sent).
import BetterSqlite3 from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { migrate } from '../../../db/migrate.js';
import { enqueue, markDead } from '../../../db/repositories/outbox.js';
import { insertRequest, purgePersonalFields } from '../../../db/repositories/requests.js';
import {
  readCancellation,
  recordCancellation,
} from '../../../db/repositories/staffQueueEntries.js';
import { newRequestRow } from '../../support/newRequestRow.js';

const numbering = (seq: number) => ({ ticket: `A03-1101-${seq}`, lookupCode: `L-${seq}` });
const old = '2026-11-01T00:00:00.000Z';

describe('personal fields of a cancelled request', () => {
  it('are purged past the retention period; an unsent, uncancelled request keeps them', () => {
    const db = new BetterSqlite3(':memory:');
    migrate(db);
    const [cancelled, unsent] = [1, 2].map((n) => {
      const request = insertRequest(
        db,
        newRequestRow({ personalSealed: Buffer.alloc(40, n), createdAt: old }),
        numbering,
      );
      const entry = enqueue(db, {
        kind: 'request',
        requestId: request.id,
        idempotencyKey: `key-${n}`,
        priority: 2,
        now: old,
      });
      markDead(db, entry.id, 'refused', old);
      return request.id;
    });
    if (cancelled === undefined || unsent === undefined) throw new Error('two requests');
    expect(
      recordCancellation(db, cancelled, {
        reason: 'duplicate',
        note: null,
        staffId: 'wang.li',
        cancelledAt: '2026-11-02T00:00:00.000Z',
      }),
    ).toBe(1);
    expect(readCancellation(db, cancelled)).toMatchObject({ reason: 'duplicate' });

    expect(purgePersonalFields(db, '2026-11-20T00:00:00.000Z', '2026-11-28T00:00:00.000Z')).toBe(1);
    const sealed = db.prepare(
      'SELECT id, personal_sealed IS NULL AS gone FROM requests ORDER BY id',
    );
    expect(sealed.all()).toEqual([
      { id: cancelled, gone: 1 },
      { id: unsent, gone: 0 },
    ]);
  });
});
