// Placing an ID card address in a grid: the longest keyword wins, house numbers are not found
// inside longer numbers, and an address outside the community has no grid.
import { describe, expect, it } from 'vitest';
import type { Grid } from '../../../contract/community.js';
import { demoCommunity } from '../../../demo/community/index.js';
import { findGridForAddress } from '../../../electron/services/matching/index.js';
import { buildingsNamed, gridFinder } from '../../../electron/services/matching/grids.js';

const gridOf = (address: string) => findGridForAddress(address, demoCommunity.grids)?.id ?? null;

function grid(id: string, addressKeywords: string[]): Grid {
  return {
    id,
    name: { 'zh-CN': id, 'zh-TW': id, en: id },
    area: { 'zh-CN': id, 'zh-TW': id, en: id },
    addressKeywords,
    worker: { name: '王芳', phone: '13900001111' },
  };
}

describe('findGridForAddress with the demo community', () => {
  it.each([
    ['北京市朝阳区幸福里小区3号楼2单元501', 'xfl-north'],
    ['北京市朝阳区幸福里小区11号楼1单元302号', 'xfl-south'],
    ['北京市朝阳区幸福里7号楼3单元101', 'xfl-south'],
    ['北京市朝阳区和平路15号', 'heping'],
    ['北京市朝阳区和平里胡同7号', 'heping'],
    ['北京市朝阳区和平路28号院3号楼1单元202', 'jianshe'],
    ['北京市朝阳区阳光花园小区5号楼1单元601', 'yangguang'],
    ['北京市朝阳区锦绣家园2号楼4单元402', 'jinxiu'],
    ['北京市朝阳区建设东街6号院1号楼', 'jianshe'],
  ])('%s → %s', (address, expected) => {
    expect(gridOf(address)).toBe(expected);
  });

  it('folds full-width digits and ignores spaces', () => {
    expect(gridOf('北京市朝阳区幸福里小区３号楼２单元５０１')).toBe('xfl-north');
    expect(gridOf('北京市朝阳区 幸福里小区 3号楼 2单元 501')).toBe('xfl-north');
  });

  it('does not put building 13, which does not exist, into building 1’s or 3’s grid', () => {
    expect(gridOf('北京市朝阳区幸福里小区13号楼1单元101')).toBeNull();
  });

  it('returns null outside the community and for an empty address', () => {
    expect(gridOf('上海市浦东新区世纪大道100号')).toBeNull();
    expect(gridOf('')).toBeNull();
    expect(gridOf('   ')).toBeNull();
  });
});

describe('findGridForAddress rules', () => {
  it('lets the longest keyword win, whatever the grid order', () => {
    const street = grid('street', ['和平路']);
    const courtyard = grid('courtyard', ['和平路28号院']);
    expect(findGridForAddress('和平路28号院1号楼', [street, courtyard])?.id).toBe('courtyard');
    expect(findGridForAddress('和平路28号院1号楼', [courtyard, street])?.id).toBe('courtyard');
  });

  it('does not find a number inside a longer number', () => {
    const grids = [grid('three', ['3号楼']), grid('twelve', ['和平路12号'])];
    expect(findGridForAddress('幸福里13号楼', grids)).toBeNull();
    expect(findGridForAddress('和平路112号', grids)).toBeNull();
    expect(findGridForAddress('和平路12号院', grids)?.id).toBe('twelve');
    expect(findGridForAddress('幸福里13号楼，另有3号楼', grids)?.id).toBe('three');
  });

  it('breaks a tie between equally long keywords by grid order', () => {
    const grids = [grid('first', ['幸福里']), grid('second', ['幸福里'])];
    expect(findGridForAddress('幸福里1号', grids)?.id).toBe('first');
  });

  it('returns null with no grids', () => {
    expect(findGridForAddress('幸福里小区3号楼', [])).toBeNull();
  });
});

describe('buildingsNamed', () => {
  it.each([
    ['4号楼那个活动室还开着吗', ['4号楼']],
    ['住四号楼，想去十二栋找人下棋', ['4号楼', '12号楼']],
    ['建设东街6号院', ['6号院']],
    ['１０号楼', ['10号楼']],
    ['14号楼', ['14号楼']],
    ['想去活动室打牌', []],
  ])('reads the buildings in "%s"', (text, buildings) => {
    expect(buildingsNamed(text)).toEqual(buildings);
  });
});

describe('gridFinder', () => {
  const find = gridFinder(demoCommunity.grids);
  it.each([
    '北京市朝阳区幸福里小区3号楼2单元501',
    '北京市朝阳区幸福里7号楼3单元101',
    '北京市朝阳区和平路28号院3号楼1单元202',
    '我住和平里，想找个下棋的地方',
    '建设东街那边是不是有个培训学校',
    '幸福里小区13号楼',
    '想去活动室打牌',
  ])('agrees with findGridForAddress on "%s"', (text) => {
    expect(find(text)).toBe(gridOf(text));
  });
});
