import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CommunityData } from '../../../contract/index.js';
import { openDatabase } from '../../../db/openDatabase.js';
import { saveGoodRefresh } from '../../../db/repositories/platformCatalog.js';
import { demoCommunity } from '../../../demo/community/index.js';
import { createMemoryLogger } from '../../../electron/services/logger.js';
import { computeMapping } from '../../../electron/services/platform/effectiveMapping.js';
import { runMappingCommand } from '../../../electron/services/platform/mappingCli.js';
import { parseServiceMapping } from '../../../electron/services/platform/mappingFile.js';
import { openServiceCatalog } from '../../../electron/services/platform/serviceCatalog.js';
import { mealsDefinition, strictServices } from './strictServices.js';

let dataDir: string;
beforeEach(() => {
  dataDir = mkdtempSync(join(tmpdir(), 'kiosk-mapping-cli-'));
});
afterEach(() => rmSync(dataDir, { recursive: true, force: true }));

function cacheStrictPlatform(): void {
  const db = openDatabase(join(dataDir, 'kiosk.sqlite'));
  saveGoodRefresh(db, {
    at: '2026-11-28T00:00:00.000Z',
    services: strictServices.map((s) => ({
      code: s.code,
      service: s,
      definition: s.code === 'MEALS' ? mealsDefinition : null,
    })),
  });
  db.close();
}

function run(command: string | undefined): { status: number; out: string[] } {
  const out: string[] = [];
  const status = runMappingCommand(
    command,
    dataDir,
    { KIOSK_DATA_DIR: dataDir },
    (line) => out.push(line),
    demoCommunity,
  );
  return { status, out };
}

describe('npm run mapping', () => {
  it('shows every line with its code and where it came from', () => {
    cacheStrictPlatform();
    const { status, out } = run('show');
    expect(status).toBe(0);
    expect(out[0]).toContain('(absent: everything is guessed)');
    expect(out).toContain(
      'Platform services: 12 accepted, 0 withdrawn; last good read 2026-11-28T00:00:00.000Z',
    );
    const line = (text: string) => out.find((l) => l.includes(text)) ?? '';
    expect(line('pipe-leak')).toMatch(/→ WTR-LEAK\s+guess$/);
    expect(line('drain-blocked')).toMatch(
      /→ OTHER\s+fallback\s+\(through category basic-living \(guess\)\)$/,
    );
    expect(line('emergency button')).toMatch(/→ SAFETY-URGENT\s+guess$/);
  });

  it('proposes a file that, copied as it is, gives the same mapping from the file', () => {
    cacheStrictPlatform();
    expect(run('propose').status).toBe(0);
    const path = join(dataDir, 'service-mapping.proposed.json');
    const proposed = parseServiceMapping(path, readFileSync(path, 'utf8'));
    expect(proposed.needs['pipe-leak']).toBe('WTR-LEAK');
    expect(proposed.needs['drain-blocked']).toBeUndefined();
    expect(proposed.categories['basic-living']).toBe('OTHER');
    expect(proposed.emergency).toBe('SAFETY-URGENT');

    const community = CommunityData.parse(demoCommunity);
    const db = openDatabase(join(dataDir, 'kiosk.sqlite'));
    const catalog = openServiceCatalog(db, createMemoryLogger());
    const fromFile = computeMapping(community, proposed, catalog);
    const guessed = computeMapping(community, { needs: {}, categories: {} }, catalog);
    db.close();
    for (const [id, line] of guessed.needs) {
      expect(fromFile.needs.get(id)?.serviceCode, id).toBe(line.serviceCode);
      expect(fromFile.needs.get(id)?.origin, id).toBe(
        line.origin === 'guess' ? 'file' : line.origin,
      );
    }
  });

  it('says when the platform was never read, and how to call it', () => {
    const { out } = run('show');
    expect(out.some((l) => l.includes('have not been read yet'))).toBe(true);
    expect(run('list')).toEqual({
      status: 2,
      out: [expect.stringContaining('show|propose') as unknown],
    });
  });
});
