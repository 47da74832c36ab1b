import BetterSqlite3 from 'better-sqlite3';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type CommunityData } from '../../../contract/index.js';
import { migrate } from '../../../db/migrate.js';
import { latestSnapshot, saveSnapshot } from '../../../db/repositories/communitySnapshots.js';
import { demoCommunity } from '../../../demo/community/index.js';
import { openCommunityDirectory } from '../../../electron/services/community/communityDirectory.js';
import {
  DirectoryFileError,
  loadDirectoryFile,
} from '../../../electron/services/community/directoryFile.js';
import { createMemoryLogger } from '../../../electron/services/logger.js';

let dataDir: string;
beforeEach(() => {
  dataDir = mkdtempSync(join(tmpdir(), 'kiosk-directory-'));
});
afterEach(() => rmSync(dataDir, { recursive: true, force: true }));
const writeDirectory = (value: unknown) =>
  writeFileSync(
    join(dataDir, 'directory.json'),
    typeof value === 'string' ? value : JSON.stringify(value),
  );

/** A provisioned community of its own, built from the demo one with another centre. */
const provisioned: CommunityData = {
  ...demoCommunity,
  centre: { ...demoCommunity.centre, hotline: '010-88886666' },
};
const now = () => new Date('2026-11-28T01:00:00Z');
const options = (demoMode: boolean, file: CommunityData | null) => ({
  demoCommunity: demoMode ? demoCommunity : undefined,
  provisioned: file,
  communityName: '向阳社区服务中心',
  hotline: '12345',
});

describe('directory.json', () => {
  it('loads a CommunityData file, and is optional', () => {
    expect(loadDirectoryFile(dataDir).data).toBeNull();
    writeDirectory(provisioned);
    expect(loadDirectoryFile(dataDir).data?.centre.hotline).toBe('010-88886666');
  });

  it('names the file and the entry when something is wrong', () => {
    const path = join(dataDir, 'directory.json');
    const firstNeed = demoCommunity.needs[0];
    if (!firstNeed) throw new Error('the demo has needs');
    const cases: [unknown, string][] = [
      ['{', `${path} is not valid JSON`],
      [
        { ...provisioned, needs: [{ ...firstNeed, keywords: [] }] },
        `${path}: entry needs.0.keywords:`,
      ],
      [
        { ...provisioned, centre: { ...provisioned.centre, hotline: 'call us' } },
        'entry centre.hotline',
      ],
      [{ ...provisioned, grids: [] }, 'entry grids:'],
      [
        { ...provisioned, needs: [firstNeed, firstNeed] },
        `entry needs.1.id: "${firstNeed.id}" is used twice`,
      ],
    ];
    for (const [content, message] of cases) {
      writeDirectory(content);
      expect(() => loadDirectoryFile(dataDir)).toThrow(DirectoryFileError);
      expect(() => loadDirectoryFile(dataDir)).toThrow(message);
    }
  });
});

describe('which directory stands', () => {
  it('seeds and uses the demo community only in demo mode', () => {
    const db = new BetterSqlite3(':memory:');
    migrate(db);
    const demo = openCommunityDirectory(db, createMemoryLogger(), now, options(true, null));
    expect(demo.source()).toBe('demo-seed');
    expect(latestSnapshot(db)?.source).toBe('demo-seed');

    // The same database outside demo mode: the seed is not used, and nothing is seeded anew.
    const logger = createMemoryLogger();
    const production = openCommunityDirectory(db, logger, now, options(false, null));
    expect(production.source()).toBe('hotline-only');
    expect(production.data()).toMatchObject({
      centre: { hotline: '12345', name: { 'zh-CN': '向阳社区服务中心' } },
      needs: [],
      resources: [],
    });
    expect(production.data().categories).toHaveLength(5);
    expect(logger.lines.some((line) => line.includes('no community directory'))).toBe(true);

    const fresh = new BetterSqlite3(':memory:');
    migrate(fresh);
    openCommunityDirectory(fresh, createMemoryLogger(), now, options(false, null));
    expect(latestSnapshot(fresh)).toBeUndefined();
  });

  it('prefers the platform’s directory, then the provisioned file', () => {
    const db = new BetterSqlite3(':memory:');
    migrate(db);
    const directory = openCommunityDirectory(
      db,
      createMemoryLogger(),
      now,
      options(false, provisioned),
    );
    expect(directory.source()).toBe('provisioned-file');
    expect(directory.data().centre.hotline).toBe('010-88886666');
    saveSnapshot(
      db,
      'upstream',
      { ...demoCommunity, centre: { ...demoCommunity.centre, hotline: '010-12121212' } },
      now(),
    );
    directory.reload();
    expect(directory.source()).toBe('upstream');
    expect(directory.data().centre.hotline).toBe('010-12121212');
    // A broken platform snapshot is never used: the file stands in again.
    saveSnapshot(db, 'upstream', { centre: 'broken' }, now());
    directory.reload();
    expect(directory.source()).toBe('provisioned-file');
  });
});
