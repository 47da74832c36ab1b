// The street list and a grid's part of a street are named in the screen's language: the demo
// streets have English names (streetEn beside the Chinese), Traditional Chinese is converted with
// opencc-js unless the data gives it (幸福里 stays 里), and a street with no English name, or a centre directory whose streetEn is unusable,
// shows the Chinese name on the English screen instead of being left out or refused.
import { describe, expect, it } from 'vitest';
import type { Grid } from '../../../contract/community.js';
import { demoCommunity } from '../../../demo/community/index.js';
import { readCentreDirectory } from '../../../electron/services/community/centreDirectory.js';
import { createContactService } from '../../../electron/services/contact/contactService.js';
import { streetList } from '../../../electron/services/contact/streetList.js';
import { createMemoryLogger } from '../../../electron/services/logger.js';

const chinese = /[\u3400-\u9fff]/;

const contactService = (grids: Grid[]) =>
  createContactService({
    directory: { data: () => ({ ...demoCommunity, grids }), source: () => 'demo-seed' },
    cards: { lookup: () => undefined },
    // Nothing is printed here: info() only reads the directory.
    printing: {
      submit: () => {
        throw new Error('not printed in this test');
      },
      notPrinted: (problem) => ({ jobId: 'none', state: 'failed', problem, warnings: [] }),
    },
    centreNames: { 'zh-CN': '幸福里社区服务中心', 'zh-TW': '幸福里社區服務中心', en: 'Centre' },
    hotline: '010-65781234',
    now: () => new Date('2026-11-28T02:00:00Z'),
    timeZone: 'Asia/Shanghai',
    logger: createMemoryLogger(),
  });

describe('street names', () => {
  it('names every demo street in English, in Traditional and in Simplified Chinese', () => {
    const streets = streetList(demoCommunity.grids);
    expect(streets.map((street) => street.name.en)).toEqual([
      'Xingfuli Estate',
      'Heping Road',
      'Heping Li Hutong',
      'Sunshine Garden',
      'Jinxiu Homes',
      'Jianshe East Street',
    ]);
    for (const street of streets) {
      expect(street.name.en, street.key).not.toMatch(chinese);
      expect(street.name['zh-CN']).toBe(street.key);
    }
    const traditional = new Map(streets.map((street) => [street.key, street.name['zh-TW']]));
    expect(traditional.get('阳光花园小区')).toBe('陽光花園小區'); // converted
    expect(traditional.get('建设东街')).toBe('建設東街'); // converted
    expect(traditional.get('幸福里小区')).toBe('幸福里小區'); // the data's (opencc: 幸福裡)
    expect(traditional.get('和平里胡同')).toBe('和平里胡同'); // the data's (opencc: 衚衕)
  });

  it('names the street in the rules of its grids, as the grid screen words them', () => {
    const place = contactService(demoCommunity.grids).info({
      by: 'street',
      street: '和平路',
    }).place;
    expect(place.outcome).toBe('grids');
    const rules = place.outcome === 'grids' ? place.grids.flatMap((grid) => grid.rules) : [];
    expect(rules).toHaveLength(3);
    for (const rule of rules) {
      expect(rule.streetName).toEqual({ 'zh-CN': '和平路', 'zh-TW': '和平路', en: 'Heping Road' });
    }
  });

  it('shows the Chinese name in English where the directory gives none or an unusable one', () => {
    const [first, second, ...others] = demoCommunity.grids as [Grid, Grid, ...Grid[]];
    const raw = {
      ...demoCommunity,
      grids: [
        { ...first, addressRules: [{ street: '幸福里小区', buildings: { from: 1, to: 6 } }] },
        { ...second, addressRules: [{ street: '新华街', streetEn: 42, streetTw: '' }] },
        { ...others[0], addressRules: [{ street: '东风路', streetEn: '  \u202e ' }] },
        ...others.slice(1),
      ],
    };
    const read = readCentreDirectory(raw, createMemoryLogger());
    expect(read.kind).toBe('usable');
    const grids = read.kind === 'usable' ? read.data.grids : [];
    expect(grids).toHaveLength(6);
    const names = new Map(streetList(grids).map((street) => [street.key, street.name]));
    // No streetEn, no streetTw: the Chinese name in English, converted in Traditional.
    expect(names.get('幸福里小区')).toEqual({
      'zh-CN': '幸福里小区',
      'zh-TW': '幸福裡小區',
      en: '幸福里小区',
    });
    expect(names.get('新华街')).toEqual({ 'zh-CN': '新华街', 'zh-TW': '新華街', en: '新华街' });
    expect(names.get('东风路')?.en).toBe('东风路');
    expect(names.get('建设东街')?.en).toBe('Jianshe East Street');
  });
});
