// The centre's directory is typed by people the kiosk does not control, and the kiosk shows and
// prints it. These directories are hostile on purpose: control characters, bidi overrides,
// zero-width characters, 100 KB names, a thousand keywords, entries that break the schema. Each
// text comes out through the platform's text rule; a bad entry is left out with a log line and
// the rest is used; only a directory without its centre, categories or grids is refused.
import BetterSqlite3 from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import type { CommunityData } from '../../../contract/index.js';
import { migrate } from '../../../db/migrate.js';
import { latestSnapshot, saveSnapshot } from '../../../db/repositories/communitySnapshots.js';
import { demoCommunity } from '../../../demo/community/index.js';
import {
  directoryTextLimits,
  maxAddressKeywords,
  readCentreDirectory,
} from '../../../electron/services/community/centreDirectory.js';
import { openCommunityDirectory } from '../../../electron/services/community/communityDirectory.js';
import { createMemoryLogger } from '../../../electron/services/logger.js';
import { maxKeywords } from '../../../electron/services/platform/platformText.js';
import type { CentreGateway } from '../../../electron/services/upload/centreGateway.js';
import { refreshDirectory } from '../../../electron/services/upload/upstreamSync.js';
import { isPlainText } from '../../../text/plainText.js';

const copy = (): CommunityData => structuredClone(demoCommunity);
const hostile = '\u0000\u202e\u200b\u0007\u001b\u2066\ufeff';

function usable(raw: unknown) {
  const logger = createMemoryLogger();
  const read = readCentreDirectory(raw, logger);
  if (read.kind !== 'usable') throw new Error(`refused: ${read.reason}`);
  return { data: read.data, leftOut: read.leftOut, lines: logger.lines };
}

/** Every text the kiosk shows or prints from a directory, with whether it may hold line breaks. */
function shownTexts(data: CommunityData): { text: string; multiline: boolean }[] {
  const localized = (value: Record<string, string>, multiline = false) =>
    Object.values(value).map((text) => ({ text, multiline }));
  const words = (list: string[]) => list.map((text) => ({ text, multiline: false }));
  return [
    ...localized(data.centre.name),
    ...localized(data.centre.hoursText),
    ...localized(data.centre.address),
    ...data.categories.flatMap((category) => [
      ...localized(category.title),
      ...localized(category.hint),
    ]),
    ...data.needs.flatMap((need) => [
      ...localized(need.title),
      ...localized(need.description, true),
      ...words(need.keywords),
    ]),
    ...data.grids.flatMap((grid) => [
      ...localized(grid.name),
      ...localized(grid.area),
      ...words(grid.addressKeywords),
      { text: grid.worker.name, multiline: false },
    ]),
    ...data.resources.flatMap((resource) => [
      ...localized(resource.name),
      ...localized(resource.address),
      ...words(resource.keywords),
    ]),
  ];
}

/** Every string of the directory with the hostile characters put inside it. */
function poisoned(data: CommunityData): unknown {
  const walk = (value: unknown, key: string): unknown => {
    // Identifiers, phones and times are kept as they are: they are checked, not cleaned.
    if (typeof value === 'string')
      return [
        'id',
        'gridId',
        'phone',
        'hotline',
        'open',
        'close',
        'kind',
        'category',
        'side',
      ].includes(key) || /^categor/.test(key)
        ? value
        : `${hostile}${value.slice(0, 1)}${hostile}${value.slice(1)}\u202c`;
    if (Array.isArray(value)) return value.map((item) => walk(item, key));
    if (typeof value === 'object' && value !== null)
      return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, walk(v, k)]));
    return value;
  };
  return walk(data, '');
}

describe('the centre’s directory, cleaned by the platform’s text rule', () => {
  it('leaves a clean directory as it is', () => {
    const { data, leftOut, lines } = usable(copy());
    expect(data).toEqual(demoCommunity);
    expect(leftOut).toBe(0);
    expect(lines).toEqual([]);
  });

  it('takes control, bidi and zero-width characters out of every text, and nothing else', () => {
    const { data, leftOut } = usable(poisoned(copy()));
    expect(leftOut).toBe(0);
    expect(data).toEqual(demoCommunity);
    for (const { text, multiline } of shownTexts(data))
      expect(isPlainText(text, { multiline }), JSON.stringify(text)).toBe(true);
  });

  it('caps over-long texts with an ellipsis and leaves out keywords it cannot match', () => {
    const raw = copy();
    const [resource] = raw.resources;
    const [grid] = raw.grids;
    const [need] = raw.needs;
    if (!resource || !grid || !need) throw new Error('the demo has resources, grids and needs');
    resource.name['zh-CN'] = '维修'.repeat(50_000);
    resource.keywords = [
      '水管',
      'x'.repeat(41),
      `${hostile}`,
      ...Array.from({ length: 1_000 }, (_, i) => `词${i}`),
    ];
    need.description.en = `first line\r\n\r\n\r\n\r\nsecond ${'word '.repeat(1_000)}`;
    grid.addressKeywords = Array.from({ length: 5_000 }, (_, i) => `幸福里${i}号楼`);
    grid.worker.name = `王${'秀'.repeat(500)}`;
    const { data } = usable(raw);
    const [cleanResource] = data.resources;
    const [cleanGrid] = data.grids;
    const [cleanNeed] = data.needs;
    const name = cleanResource?.name['zh-CN'] ?? '';
    expect([...name]).toHaveLength(directoryTextLimits.name);
    expect(name.endsWith('…')).toBe(true);
    expect(cleanResource?.keywords[0]).toBe('水管');
    expect(cleanResource?.keywords[1]).toBe('词0');
    expect(cleanResource?.keywords).toHaveLength(maxKeywords);
    const description = cleanNeed?.description.en ?? '';
    expect(description.startsWith('first line\n\nsecond word')).toBe(true);
    // Cut between words: the space before the … is trimmed, so one short of the limit here.
    expect([...description].length).toBeLessThanOrEqual(directoryTextLimits.description);
    expect([...description].length).toBeGreaterThan(directoryTextLimits.description - 3);
    expect(description.endsWith('…')).toBe(true);
    expect(cleanGrid?.addressKeywords).toHaveLength(maxAddressKeywords);
    expect([...(cleanGrid?.worker.name ?? '')]).toHaveLength(directoryTextLimits.name);
  });

  it('leaves out a bad entry with a log line naming it, never its texts, and uses the rest', () => {
    const raw = copy() as unknown as {
      needs: unknown[];
      grids: unknown[];
      resources: unknown[];
    };
    const [first, second, third, ...rest] = raw.resources as Record<string, unknown>[];
    if (!first || !second || !third) throw new Error('the demo has resources');
    raw.resources = [
      { ...first, phone: '110; DROP TABLE' },
      { ...second, name: { 'zh-CN': '\u200b\u202e', 'zh-TW': 'x', en: 'x' } },
      { ...third, id: 'Not A Slug' },
      42,
      ...rest,
    ];
    raw.needs.push({ id: 'a-new-need' });
    const [grid] = raw.grids as { worker: { name: string } }[];
    if (!grid) throw new Error('the demo has grids');
    raw.grids.push({ ...grid, worker: { name: '李秘密', phone: 'none' } });
    const { data, leftOut, lines } = usable(raw);
    expect(data.resources.map((resource) => resource.id)).toEqual(
      demoCommunity.resources.slice(3).map((resource) => resource.id),
    );
    expect(data.needs).toHaveLength(demoCommunity.needs.length);
    expect(data.grids).toHaveLength(demoCommunity.grids.length);
    expect(leftOut).toBe(6);
    const leftOutLines = lines.filter((line) => line.includes('left out'));
    expect(leftOutLines).toHaveLength(6);
    expect(leftOutLines.join('\n')).toContain(first.id as string);
    expect(leftOutLines.join('\n')).toContain('a-new-need');
    expect(lines.join('\n')).not.toContain('李秘密');
    expect(lines.join('\n')).not.toContain('Not A Slug');
  });

  it('keeps the first of two entries with the same id', () => {
    const raw = copy();
    const [need] = raw.needs;
    if (!need) throw new Error('the demo has needs');
    raw.needs.push({ ...need, title: { 'zh-CN': '冒名', 'zh-TW': '冒名', en: 'Impostor' } });
    const { data, lines } = usable(raw);
    expect(data.needs.filter((entry) => entry.id === need.id)).toEqual([need]);
    expect(lines.some((line) => line.includes('repeats an id'))).toBe(true);
  });

  it('refuses only a directory the kiosk cannot work without', () => {
    const refused = (raw: unknown) => readCentreDirectory(raw, createMemoryLogger()).kind;
    expect(refused('<html>')).toBe('refused');
    expect(refused({ ...copy(), centre: { ...copy().centre, hotline: '\u202e110' } })).toBe(
      'refused',
    );
    expect(refused({ ...copy(), categories: copy().categories.slice(1) })).toBe('refused');
    expect(refused({ ...copy(), grids: [{ id: 'x' }] })).toBe('refused');
    expect(refused({ ...copy(), needs: [], resources: [] })).toBe('usable');
  });
});

describe('where the kiosk reads the centre’s directory', () => {
  const now = () => new Date('2026-11-28T01:00:00Z');
  const setUp = (reply: unknown) => {
    const db = new BetterSqlite3(':memory:');
    migrate(db);
    const logger = createMemoryLogger();
    const directory = openCommunityDirectory(db, logger, now, {
      demoCommunity,
      provisioned: null,
      communityName: '向阳社区服务中心',
      hotline: '12345',
    });
    const gateway = {
      getDirectory: () => Promise.resolve({ kind: 'changed', etag: '"v2"', data: reply }),
    } as unknown as CentreGateway;
    const deps = { db, gateway, directory, logger, now, onContact: () => undefined };
    return { db, logger, directory, deps };
  };

  it('stores and shows the cleaned directory, its bad entries left out', async () => {
    const raw = poisoned(copy()) as { resources: unknown[] };
    raw.resources.push({ id: 'broken' });
    const { db, directory, deps } = setUp(raw);
    expect(await refreshDirectory(deps)).toBe(true);
    expect(directory.source()).toBe('upstream');
    expect(directory.data()).toEqual(demoCommunity);
    expect(latestSnapshot(db, 'upstream')?.data).toEqual(demoCommunity);
  });

  it('keeps the last good copy when the centre’s is refused', async () => {
    const { directory, logger, deps } = setUp({ ...copy(), grids: [] });
    expect(await refreshDirectory(deps)).toBe(true);
    expect(directory.source()).toBe('demo-seed');
    expect(logger.lines.some((line) => line.includes('no usable grid'))).toBe(true);
  });

  it('cleans a copy stored before its texts were cleaned when it reads it', () => {
    const { db, directory } = setUp(null);
    saveSnapshot(db, 'upstream', poisoned(copy()), now(), '"old"');
    directory.reload();
    expect(directory.source()).toBe('upstream');
    expect(directory.data()).toEqual(demoCommunity);
  });
});
