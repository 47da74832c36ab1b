// Centre migration 0005 adds the fleet tables beside the requests of a centre at version 4: its
// requests and ratings stay, heartbeats and configs can be stored, and the tables' checks hold.
import BetterSqlite3 from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { centreMigrationsDir } from '../../../centre/server/store/centreDatabase.js';
import {
  setKioskConfig,
  servedKioskConfig,
  etagOfConfig,
} from '../../../centre/server/store/kioskConfigs.js';
import { insertHeartbeat, latestHeartbeats } from '../../../centre/server/store/kioskHeartbeats.js';
import { loadMigrations, migrate, schemaVersion } from '../../../centre/server/store/migrate.js';
import { HeartbeatForm } from '../../../centre/wire/fleet.js';

const migrations = loadMigrations(centreMigrationsDir());

const heartbeat = (kioskId: string, overrides: Record<string, string> = {}) =>
  HeartbeatForm.parse({
    kiosk_id: kioskId,
    sent_datetime: '2026-12-01T08:00:00Z',
    interval_seconds: '60',
    version: '0.1.0',
    uptime_seconds: '10',
    queue_depth: '0',
    oldest_wait_seconds: '',
    dead_letters: '0',
    held: '0',
    printer_state: 'ready',
    printer_paper: 'ok',
    printer_detail: '',
    reader_state: 'ready',
    disk_free_bytes: '1000',
    config_etag: '',
    config_error: '',
    stopping: 'false',
    ...overrides,
  });

describe('centre migration 0005_kiosk_fleet', () => {
  it('keeps a version-4 centre’s requests and ratings and adds the fleet tables', () => {
    const db = new BetterSqlite3(':memory:');
    try {
      migrate(db, migrations, 4);
      const columns = (table: string) =>
        (db.prepare(`PRAGMA table_info(${table})`).all() as { name: string }[]).map((c) => c.name);
      const requestColumns = columns('service_requests');
      db.prepare(
        `INSERT INTO service_requests (id, service_code, service_name, category, channel, urgency,
           emergency, language, attributes_json, requested_at, received_at, stage, accepted_at,
           done_at, updated_at)
         VALUES (7, 'pipe-leak', '水管漏水', 'basic-living', 'kiosk', 'normal', 0, 'zh-CN', '{}',
           'T1', 'T1', 'done', 'T1', 'T2', 'T2')`,
      ).run();
      db.prepare("INSERT INTO ratings VALUES (7, 5, '[]', 'T3')").run();
      const before = db.prepare('SELECT * FROM ratings').all();
      expect(columns('kiosk_heartbeats')).toEqual([]);

      expect(migrate(db, migrations, 5)).toBe(5);
      expect(schemaVersion(db)).toBe(5);
      expect(columns('service_requests')).toEqual(requestColumns);
      expect(db.prepare('SELECT * FROM ratings').all()).toEqual(before);
      expect(db.prepare('SELECT id, stage FROM service_requests').all()).toEqual([
        { id: 7, stage: 'done' },
      ]);

      insertHeartbeat(db, heartbeat('B03'), '2026-12-01T08:00:01.000Z');
      insertHeartbeat(db, heartbeat('A01'), '2026-12-01T08:00:02.000Z');
      insertHeartbeat(db, heartbeat('B03', { queue_depth: '4' }), '2026-12-01T08:01:01.000Z');
      expect(
        latestHeartbeats(db).map((h) => [h.kioskId, h.queueDepth, h.oldestWaitSeconds]),
      ).toEqual([
        ['A01', 0, null],
        ['B03', 4, null],
      ]);
      expect(() =>
        db.prepare("INSERT INTO kiosk_configs VALUES ('B03', 'not json', 'x', 'y')").run(),
      ).toThrow(/CHECK/);

      expect(servedKioskConfig(db, 'B03')).toEqual({ json: '{}', etag: etagOfConfig('{}') });
      const stored = setKioskConfig(db, 'B03', { heartbeatSeconds: 30 }, '2026-12-01T08:02:00Z');
      expect(servedKioskConfig(db, 'B03')).toMatchObject({
        json: '{"heartbeatSeconds":30}',
        etag: stored.etag,
      });
      expect(stored.etag).not.toBe(etagOfConfig('{}'));
    } finally {
      db.close();
    }
  });
});
