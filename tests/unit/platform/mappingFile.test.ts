import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CommunityData } from '../../../contract/index.js';
import { demoCommunity } from '../../../demo/community/index.js';
import { createMemoryLogger } from '../../../electron/services/logger.js';
import { computeMapping } from '../../../electron/services/platform/effectiveMapping.js';
import {
  MappingFileError,
  loadServiceMapping,
  unknownNeedIds,
} from '../../../electron/services/platform/mappingFile.js';
import { openServiceCatalog } from '../../../electron/services/platform/serviceCatalog.js';
import { databaseWithStrictPlatform } from './strictServices.js';

let dataDir: string;
beforeEach(() => {
  dataDir = mkdtempSync(join(tmpdir(), 'kiosk-mapping-'));
});
afterEach(() => rmSync(dataDir, { recursive: true, force: true }));
const writeMapping = (value: unknown) =>
  writeFileSync(
    join(dataDir, 'service-mapping.json'),
    typeof value === 'string' ? value : JSON.stringify(value),
  );
const community = CommunityData.parse(demoCommunity);

describe('service-mapping.json', () => {
  it('is optional: without it everything is guessed', () => {
    expect(loadServiceMapping(dataDir)).toMatchObject({
      present: false,
      mapping: { needs: {}, categories: {} },
    });
  });

  it('names the file and the entry when something is wrong', () => {
    const path = join(dataDir, 'service-mapping.json');
    const cases: [unknown, string][] = [
      ['{ "needs": ', `${path} is not valid JSON`],
      [
        { needs: { 'pipe-leak': 42 } },
        `${path}: entry needs.pipe-leak: expected a platform service code`,
      ],
      [{ needs: { 'pipe-leak': '' } }, 'entry needs.pipe-leak: a service code cannot be empty'],
      [{ needs: { PipeLeak: 'WTR' } }, 'entry needs.PipeLeak: "PipeLeak" is not a need id'],
      [
        { categories: { plumbing: 'WTR' } },
        'entry categories: unknown key "plumbing" (allowed: basic-living',
      ],
      [{ emergncy: 'SAFETY' }, 'unknown key "emergncy" (allowed: needs, categories, emergency)'],
      [{ emergency: ['SAFETY'] }, 'entry emergency: expected a platform service code'],
    ];
    for (const [content, message] of cases) {
      writeMapping(content);
      expect(() => loadServiceMapping(dataDir), JSON.stringify(content)).toThrow(MappingFileError);
      expect(() => loadServiceMapping(dataDir), JSON.stringify(content)).toThrow(message);
    }
  });

  it('wins over the guess, can switch a need off, and is reported when the platform lacks a code', () => {
    writeMapping({
      needs: { 'drain-blocked': 'WTR-LEAK', 'pipe-leak': null, 'power-cut': 'ELEC-OLD' },
      categories: { 'social-cultural': 'ACTIVITY' },
      emergency: 'PATROL',
    });
    const { mapping } = loadServiceMapping(dataDir);
    const catalog = openServiceCatalog(databaseWithStrictPlatform(), createMemoryLogger());
    const effective = computeMapping(community, mapping, catalog);
    expect(effective.needs.get('drain-blocked')).toMatchObject({
      origin: 'file',
      serviceCode: 'WTR-LEAK',
      accepted: true,
    });
    expect(effective.needs.get('pipe-leak')).toMatchObject({
      origin: 'unmapped',
      accepted: false,
      note: 'the mapping file switches this need off',
    });
    expect(effective.needs.get('power-cut')).toMatchObject({
      origin: 'file',
      serviceCode: 'ELEC-OLD',
      accepted: false,
      note: 'the platform has no service ELEC-OLD',
    });
    expect(effective.needs.get('reading-room')).toMatchObject({
      origin: 'fallback',
      serviceCode: 'ACTIVITY',
      note: 'through category social-cultural (file)',
    });
    expect(effective.emergency).toMatchObject({ origin: 'file', serviceCode: 'PATROL' });
  });

  it('lists need ids the directory does not have (likely typos)', () => {
    writeMapping({ needs: { 'pipe-leek': 'WTR-LEAK', 'pipe-leak': 'WTR-LEAK' } });
    expect(unknownNeedIds(loadServiceMapping(dataDir).mapping, community)).toEqual(['pipe-leek']);
  });
});
