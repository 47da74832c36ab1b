// The server's small parts: fingerprints, stage rules, requested_datetime, ETags, the catalogue,
// its database settings, and its environment.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { demoCommunity } from '../../../demo/community/index.js';
import { buildCatalog } from '../../../centre/server/catalog/catalog.js';
import {
  matchesIfNoneMatch,
  snapshotDirectory,
} from '../../../centre/server/catalog/directoryState.js';
import { CentreConfigError, readCentreEnv } from '../../../centre/options.js';
import { payloadFingerprint } from '../../../centre/server/requests/fingerprint.js';
import { requestedAt } from '../../../centre/server/requests/requestedAt.js';
import { isForwardMove, open311Status } from '../../../centre/server/requests/stageRules.js';
import {
  centreMigrationsDir,
  openCentreDatabase,
} from '../../../centre/server/store/centreDatabase.js';
import { demoCentreApiKey } from '../../../centre/wire/demo.js';
import { loadMigrations } from '../../../centre/server/store/migrate.js';

const dirs: string[] = [];
const tempDir = () => {
  const dir = mkdtempSync(join(tmpdir(), 'centre-parts-'));
  dirs.push(dir);
  return dir;
};
afterEach(() => dirs.splice(0).forEach((dir) => rmSync(dir, { recursive: true, force: true })));

describe('payloadFingerprint', () => {
  const form = new URLSearchParams('api_key=a&service_code=x&attribute[ticket]=T1');
  it('ignores field order, surrounding spaces and the api_key', () => {
    const same = new URLSearchParams('attribute[ticket]=T1+&service_code=x&api_key=b');
    expect(payloadFingerprint('s', same)).toBe(payloadFingerprint('s', form));
  });
  it('differs for another value, another field or another call', () => {
    const fp = payloadFingerprint('s', form);
    expect(
      payloadFingerprint('s', new URLSearchParams('service_code=x&attribute[ticket]=T2')),
    ).not.toBe(fp);
    expect(
      payloadFingerprint('s', new URLSearchParams('service_code=x&attribute[ticket]=T1&phone=1')),
    ).not.toBe(fp);
    expect(payloadFingerprint('other', form)).not.toBe(fp);
  });
});

describe('stage rules', () => {
  it('only move forward, skipping allowed', () => {
    expect(isForwardMove('accepted', 'in-progress')).toBe(true);
    expect(isForwardMove('accepted', 'done')).toBe(true);
    expect(isForwardMove('in-progress', 'done')).toBe(true);
    expect(isForwardMove('done', 'in-progress')).toBe(false);
    expect(isForwardMove('in-progress', 'in-progress')).toBe(false);
    expect(open311Status('done')).toBe('closed');
    expect(open311Status('in-progress')).toBe('open');
  });
});

describe('requestedAt', () => {
  const received = new Date('2026-11-28T03:00:00Z');
  it('trusts the kiosk’s submission time unless it is in the future', () => {
    expect(requestedAt('2026-11-28T09:15:00+08:00', received)).toBe('2026-11-28T01:15:00.000Z');
    expect(requestedAt('2026-11-28T12:00:00+08:00', received)).toBe('2026-11-28T03:00:00.000Z');
    expect(requestedAt(null, received)).toBe('2026-11-28T03:00:00.000Z');
  });
});

describe('the directory snapshot', () => {
  it('has a strong ETag that changes with the content and matches If-None-Match weakly', () => {
    const a = snapshotDirectory(demoCommunity);
    expect(snapshotDirectory(structuredClone(demoCommunity)).etag).toBe(a.etag);
    const b = snapshotDirectory({ ...demoCommunity, needs: demoCommunity.needs.slice(1) });
    expect(b.etag).not.toBe(a.etag);
    expect(a.etag.startsWith('W/')).toBe(false);
    expect(matchesIfNoneMatch(a.etag, a.etag)).toBe(true);
    expect(matchesIfNoneMatch(`"x", W/${a.etag}`, a.etag)).toBe(true);
    expect(matchesIfNoneMatch('*', a.etag)).toBe(true);
    expect(matchesIfNoneMatch(b.etag, a.etag)).toBe(false);
    expect(matchesIfNoneMatch(undefined, a.etag)).toBe(false);
  });
  it('reads tolerantly only the parts the centre needs, and passes the rest through', () => {
    const extra = { ...demoCommunity, x_future: { anything: true } };
    expect(JSON.parse(snapshotDirectory(extra).body)).toEqual(extra);
    expect(() => snapshotDirectory({ ...demoCommunity, categories: [] })).toThrow();
    expect(() =>
      snapshotDirectory({
        ...demoCommunity,
        needs: [{ ...demoCommunity.needs[0], category: 'x' }],
      }),
    ).toThrow();
    expect(() => snapshotDirectory({ needs: [] })).toThrow();
  });
  it('turns every need and every category into a service', () => {
    const catalog = buildCatalog(demoCommunity);
    expect(catalog.get('someone-fell')?.category).toBe('safety-emergency');
    expect(catalog.get('education-employment-other')?.name.en).toBe(
      'Learning and jobs: something else',
    );
  });
});

describe('the centre database', () => {
  it('is WAL with synchronous=FULL and foreign keys, migrated by the centre’s own runner', () => {
    const db = openCentreDatabase(tempDir());
    try {
      expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
      expect(db.pragma('synchronous', { simple: true })).toBe(2);
      expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
      expect(db.pragma('user_version', { simple: true })).toBe(
        loadMigrations(centreMigrationsDir()).length,
      );
    } finally {
      db.close();
    }
  });
});

describe('readCentreEnv', () => {
  it('defaults to the demo key, port 8311 and a data dir under .kiosk-data', () => {
    const options = readCentreEnv({}, '/srv/kiosk');
    expect(options).toMatchObject({
      port: 8311,
      apiKey: demoCentreApiKey,
      usingDemoKey: true,
      dataDir: '/srv/kiosk/.kiosk-data/centre-server',
      chaos: null,
      tokenChance: 0.1,
      tokenDelayMs: 2000,
      processingDelayMs: 0,
    });
  });
  it('reads every variable', () => {
    const dir = tempDir();
    const file = join(dir, 'directory.json');
    writeFileSync(file, JSON.stringify(demoCommunity));
    const options = readCentreEnv(
      {
        PORT: '0',
        CENTRE_DATA_DIR: 'data',
        CENTRE_API_KEY: ' s3cret ',
        CENTRE_CHAOS:
          '{"seed":7,"error500":0.1,"rateLimit429":0.1,"retryAfterSeconds":1,"hang":0.05,"drop":0.05,"malformed":0.05}',
        CENTRE_TOKEN_CHANCE: '0',
        CENTRE_TOKEN_DELAY_MS: '10',
        CENTRE_PROCESSING_DELAY_MS: '5',
        CENTRE_DIRECTORY_FILE: file,
      },
      dir,
    );
    expect(options).toMatchObject({
      port: 0,
      apiKey: 's3cret',
      usingDemoKey: false,
      dataDir: join(dir, 'data'),
      chaos: { seed: 7, error500: 0.1, hang: 0.05, afterShare: 0.5 },
      tokenChance: 0,
      tokenDelayMs: 10,
      processingDelayMs: 5,
      directoryFile: file,
      strict: false,
    });
    expect(options.directory).toEqual(demoCommunity);
  });
  it('refuses bad values with a clear message', () => {
    expect(() => readCentreEnv({ PORT: '70000' })).toThrow(CentreConfigError);
    expect(() => readCentreEnv({ PORT: '1.5' })).toThrow(/whole number/);
    expect(() => readCentreEnv({ CENTRE_TOKEN_CHANCE: '2' })).toThrow(/CENTRE_TOKEN_CHANCE/);
    expect(() => readCentreEnv({ CENTRE_CHAOS: '{seed:7}' })).toThrow(/must be JSON/);
    expect(() => readCentreEnv({ CENTRE_CHAOS: '{"seed":7,"error500":0.9,"hang":0.5}' })).toThrow(
      /more than 1/,
    );
    expect(() => readCentreEnv({ CENTRE_CHAOS: '{"error500":0.1}' })).toThrow(/seed/);
    expect(() => readCentreEnv({ CENTRE_CHAOS: '{"seed":1,"eror500":0.1}' })).toThrow(/invalid/);
    expect(() => readCentreEnv({ CENTRE_DIRECTORY_FILE: '/no/such/file.json' })).toThrow(
      /could not be read/,
    );
    expect(() => readCentreEnv({ CENTRE_STRICT: 'maybe' })).toThrow(/CENTRE_STRICT/);
    expect(() => readCentreEnv({ CENTRE_JURISDICTIONS: 'ok,not ok' })).toThrow(
      /CENTRE_JURISDICTIONS/,
    );
  });
  it('reads strict mode and jurisdictions', () => {
    expect(readCentreEnv({ CENTRE_STRICT: '1' })).toMatchObject({ strict: true });
    expect(readCentreEnv({ CENTRE_STRICT: 'false' })).toMatchObject({ strict: false });
    expect(readCentreEnv({}).jurisdictions).toBeUndefined();
    expect(readCentreEnv({ CENTRE_JURISDICTIONS: ' xingfuli, hepinglu ,' }).jurisdictions).toEqual([
      'xingfuli',
      'hepinglu',
    ]);
    expect(readCentreEnv({ CENTRE_JURISDICTIONS: '' }).jurisdictions).toEqual([]);
  });
  it('for the server process, refuses extension mode without a directory, naming CENTRE_DIRECTORY_FILE', () => {
    const serverProcess = { requireDirectory: true };
    expect(() => readCentreEnv({}, '/srv', serverProcess)).toThrow(/CENTRE_DIRECTORY_FILE/);
    expect(readCentreEnv({ CENTRE_STRICT: '1' }, '/srv', serverProcess).strict).toBe(true);
    // The staff CLI only needs the data dir.
    expect(readCentreEnv({}, '/srv').directoryFile).toBeNull();
  });
});
