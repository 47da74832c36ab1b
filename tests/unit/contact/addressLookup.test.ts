// Placing an address in a grid by the grids' address rules (street, house numbers on one side or
// both, buildings), with the demo community's six grids, and the rules' own edges: full-width and
// Chinese digits, 号院/号楼/栋/单元 forms, the ends of a run, odd and even sides, the most specific
// rule winning, and addresses that fit no grid (the street list is offered then).
import { describe, expect, it } from 'vitest';
import type { Grid } from '../../../contract/community.js';
import { demoCommunity } from '../../../demo/community/index.js';
import {
  addressParts,
  normaliseAddress,
  placeAddress,
} from '../../../electron/services/contact/addressLookup.js';

const gridOf = (address: string) => {
  const place = placeAddress(address, demoCommunity.grids);
  return place.outcome === 'grid' ? place.grid.id : null;
};

function grid(id: string, rules: Grid['addressRules'], keywords: string[] = [id]): Grid {
  return {
    id,
    name: { 'zh-CN': id, 'zh-TW': id, en: id },
    area: { 'zh-CN': id, 'zh-TW': id, en: id },
    addressKeywords: keywords,
    ...(rules ? { addressRules: rules } : {}),
    worker: { name: '王芳', phone: '13900001111' },
  };
}

describe('placeAddress with the demo community', () => {
  it.each([
    // 幸福里小区: buildings 1–6 north, 7–12 south, with and without 小区, with 栋 and 幢.
    ['北京市朝阳区幸福里小区1号楼1单元101', 'xfl-north'],
    ['北京市朝阳区幸福里小区3号楼2单元501室', 'xfl-north'],
    ['北京市朝阳区幸福里小区6号楼3单元602', 'xfl-north'],
    ['北京市朝阳区幸福里小区7号楼1单元101', 'xfl-south'],
    ['北京市朝阳区幸福里12号楼2单元1201', 'xfl-south'],
    ['北京市朝阳区幸福里小区9栋2单元302', 'xfl-south'],
    ['北京市朝阳区幸福里4幢101', 'xfl-north'],
    ['北京市朝阳区幸福里小区三号楼二单元501', 'xfl-north'],
    ['北京市朝阳区幸福里小区十一号楼一单元302', 'xfl-south'],
    // 和平路: 1–49 odd and 2–50 even are 和平里, but No. 28 is 建设东街.
    ['北京市朝阳区和平路1号', 'heping'],
    ['北京市朝阳区和平路15号', 'heping'],
    ['北京市朝阳区和平路49号', 'heping'],
    ['北京市朝阳区和平路2号院', 'heping'],
    ['北京市朝阳区和平路50号', 'heping'],
    ['北京市朝阳区和平路26号院3号楼', 'heping'],
    ['北京市朝阳区和平路28号', 'jianshe'],
    ['北京市朝阳区和平路28号院3号楼1单元202', 'jianshe'],
    ['北京市朝阳区和平路30号', 'heping'],
    // 和平里胡同 and its short name, whole street.
    ['北京市朝阳区和平里胡同7号', 'heping'],
    ['北京市朝阳区和平里胡同12号院2门201号', 'heping'],
    ['北京市朝阳区和平里5号', 'heping'],
    // Whole estates and streets.
    ['北京市朝阳区阳光花园小区5号楼1单元601', 'yangguang'],
    ['北京市朝阳区阳光花园18号楼', 'yangguang'],
    ['北京市朝阳区锦绣家园2号楼4单元402', 'jinxiu'],
    ['北京市朝阳区锦绣家园小区8号楼1单元101', 'jinxiu'],
    ['北京市朝阳区建设东街6号院1号楼', 'jianshe'],
    ['北京市朝阳区建设东街101号', 'jianshe'],
  ])('%s → %s', (address, expected) => {
    expect(gridOf(address)).toBe(expected);
  });

  it('folds full-width digits and ignores spaces', () => {
    expect(gridOf('北京市朝阳区幸福里小区３号楼２单元５０１')).toBe('xfl-north');
    expect(gridOf('北京市朝阳区 幸福里小区 8号楼 2单元 501')).toBe('xfl-south');
    expect(gridOf('北京市朝阳区和平路２８号院')).toBe('jianshe');
    expect(gridOf('北京市朝阳区和平路　４７号')).toBe('heping');
  });

  it.each([
    // Past the ends of a run, and the odd side beyond 49.
    ['北京市朝阳区幸福里小区13号楼1单元101', '幸福里小区'],
    ['北京市朝阳区幸福里小区0号楼', '幸福里小区'],
    ['北京市朝阳区和平路51号', '和平路'],
    ['北京市朝阳区和平路52号', '和平路'],
    ['北京市朝阳区锦绣家园9号楼1单元101', '锦绣家园小区'],
    // The street alone, with no number to place it.
    ['北京市朝阳区和平路', '和平路'],
    // The centre's own road is not an estate building.
    ['北京市朝阳区幸福里路8号', '幸福里小区'],
  ])('%s fits no grid but names the street %s', (address, street) => {
    expect(placeAddress(address, demoCommunity.grids)).toEqual({ outcome: 'no-grid', street });
  });

  it.each([
    '新疆乌鲁木齐市天山区解放南路123号',
    '广东省深圳市福田区福华一路1号',
    '上海市浦东新区世纪大道100号',
    '',
    '   ',
  ])('%j is outside the community', (address) => {
    expect(placeAddress(address, demoCommunity.grids)).toEqual({
      outcome: 'no-grid',
      street: null,
    });
  });
});

describe('the rules themselves', () => {
  it('keeps one side of a street with side odd or even, both ends included', () => {
    const grids = [
      grid('odd', [{ street: '长安街', numbers: { from: 1, to: 9, side: 'odd' } }]),
      grid('even', [{ street: '长安街', numbers: { from: 2, to: 10, side: 'even' } }]),
    ];
    const of = (address: string) => {
      const place = placeAddress(address, grids);
      return place.outcome === 'grid' ? place.grid.id : null;
    };
    expect(of('长安街1号')).toBe('odd');
    expect(of('长安街9号')).toBe('odd');
    expect(of('长安街11号')).toBeNull();
    expect(of('长安街2号')).toBe('even');
    expect(of('长安街10号')).toBe('even');
    expect(of('长安街0号')).toBeNull();
    expect(of('长安街12号')).toBeNull();
  });

  it('prefers a house number over a building and a narrow run over a wide one, in any order', () => {
    const wide = grid('wide', [{ street: '花园路', numbers: { from: 1, to: 100 } }]);
    const narrow = grid('narrow', [{ street: '花园路', numbers: { from: 10, to: 12 } }]);
    const street = grid('street', [{ street: '花园路' }]);
    for (const grids of [
      [wide, narrow, street],
      [street, narrow, wide],
    ]) {
      const place = placeAddress('花园路11号院2号楼', grids);
      expect(place.outcome === 'grid' && place.grid.id).toBe('narrow');
      const far = placeAddress('花园路50号', grids);
      expect(far.outcome === 'grid' && far.grid.id).toBe('wide');
      const beyond = placeAddress('花园路500号', grids);
      expect(beyond.outcome === 'grid' && beyond.grid.id).toBe('street');
    }
  });

  it('reads buildings inside a courtyard as buildings', () => {
    const grids = [
      grid('low', [
        { street: '建国里', numbers: { from: 5, to: 5 }, buildings: { from: 1, to: 3 } },
      ]),
      grid('high', [
        { street: '建国里', numbers: { from: 5, to: 5 }, buildings: { from: 4, to: 9 } },
      ]),
    ];
    const of = (address: string) => {
      const place = placeAddress(address, grids);
      return place.outcome === 'grid' ? place.grid.id : null;
    };
    expect(of('建国里5号院3号楼2单元')).toBe('low');
    expect(of('建国里5号院4号楼')).toBe('high');
    expect(of('建国里5号院')).toBeNull();
  });

  it('places grids without rules (an older directory) by their keywords', () => {
    const old = grid('old', undefined, ['老街']);
    const ruled = grid('ruled', [{ street: '新街' }]);
    const place = placeAddress('北京市老街3号', [ruled, old]);
    expect(place).toMatchObject({ outcome: 'grid', via: 'keyword', grid: { id: 'old' } });
    expect(placeAddress('北京市新街3号', [ruled, old])).toMatchObject({ via: 'rule' });
  });

  it('splits what follows a street into house number and building', () => {
    expect(addressParts('28号院3号楼1单元202')).toEqual({ house: 28, building: 3 });
    expect(addressParts('3号楼2单元501')).toEqual({ house: null, building: 3 });
    expect(addressParts('15号')).toEqual({ house: 15, building: null });
    expect(addressParts('路8号')).toEqual({ house: null, building: null });
    expect(normaliseAddress('幸福里 小区 十二号楼 ２单元')).toBe('幸福里小区12号楼2单元');
    expect(normaliseAddress('二十八号院')).toBe('28号院');
  });
});
