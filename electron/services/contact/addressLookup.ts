// Which grid an address belongs to, by the grids' address rules (contract/community.ts
// AddressRule): a street or estate, a run of house numbers on one side or both, a run of
// buildings. The rules are the centre's data, so a new estate or a street split between two
// grids is a change to the directory, not to this code. Pure: no clock, no I/O, and it never
// keeps or logs the address it is given.
//
// A grid without rules (an older directory) is still placed by its address keywords, the
// longest one found (matching/grids.ts). A street that some rule names is the rules' alone:
// when no rule fits the number or building, the answer is "no grid" and the street is named, so
// the resident is offered the list of streets instead of a grid chosen by a fragment.
import type { AddressRule, Grid } from '../../../contract/community.js';
import { findGridForAddress } from '../matching/grids.js';

/** What an address says after its street: 和平路28号院3号楼 → house 28, building 3. */
export interface AddressParts {
  house: number | null;
  building: number | null;
}

export type AddressPlace =
  | { outcome: 'grid'; grid: Grid; via: 'rule'; rule: AddressRule }
  | { outcome: 'grid'; grid: Grid; via: 'keyword' }
  /** A street the rules know, but no rule fits its number or building (or it has none). */
  | { outcome: 'no-grid'; street: string }
  | { outcome: 'no-grid'; street: null };

const chineseDigits: Record<string, number> = {
  〇: 0,
  零: 0,
  一: 1,
  二: 2,
  两: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
};

/** 三 → 3, 十二 → 12, 二十 → 20, 二十八 → 28: the small numbers of buildings and doors. */
function chineseNumber(text: string): number | null {
  const [tens, ones] = text.split('十') as [string, string | undefined];
  if (ones === undefined) {
    if (text.length !== 1) return null;
    return chineseDigits[text] ?? null;
  }
  const tensValue = tens === '' ? 1 : chineseDigits[tens];
  const onesValue = ones === '' ? 0 : chineseDigits[ones];
  if (tensValue === undefined || onesValue === undefined || ones.length > 1 || tens.length > 1)
    return null;
  return tensValue * 10 + onesValue;
}

/**
 * NFKC (full-width digits and letters to ASCII), no spaces, lower case, and small Chinese
 * numbers before 号/栋/幢/单元 written as digits, so ID cards, staff typing and residents agree.
 */
export function normaliseAddress(address: string): string {
  return address
    .normalize('NFKC')
    .replace(/\s+/g, '')
    .toLowerCase()
    .replace(/([〇零一二两三四五六七八九十]{1,3})(?=号|栋|幢|单元)/g, (numeral: string) => {
      const value = chineseNumber(numeral);
      return value === null ? numeral : String(value);
    });
}

const buildingAtStart = /^(\d+)(?:号楼|栋|幢)/;
const houseAtStart = /^(\d+)号(?!楼)/;
const buildingLater = /(\d+)(?:号楼|栋|幢)/;

/** The house number right after the street and the first building after it. */
export function addressParts(afterStreet: string): AddressParts {
  const building = buildingAtStart.exec(afterStreet);
  if (building) return { house: null, building: Number(building[1]) };
  const house = houseAtStart.exec(afterStreet);
  if (!house) return { house: null, building: null };
  const rest = afterStreet.slice(house[0].length);
  const later = buildingLater.exec(rest);
  return { house: Number(house[1]), building: later ? Number(later[1]) : null };
}

function inRange(value: number | null, range: AddressRule['numbers']): boolean {
  if (!range) return true;
  if (value === null || value < range.from || value > range.to) return false;
  if (range.side === 'odd') return value % 2 === 1;
  if (range.side === 'even') return value % 2 === 0;
  return true;
}

/** More specific first: a house number counts more than a building, a narrow run more than a wide one. */
function specificity(rule: AddressRule): [number, number] {
  const level = (rule.numbers ? 2 : 0) + (rule.buildings ? 1 : 0);
  const span = (range: AddressRule['numbers']) => (range ? range.to - range.from : 0);
  return [level, -(span(rule.numbers) + span(rule.buildings))];
}

function moreSpecific(a: AddressRule, b: AddressRule): boolean {
  const [levelA, spanA] = specificity(a);
  const [levelB, spanB] = specificity(b);
  return levelA > levelB || (levelA === levelB && spanA > spanB);
}

export const ruleNames = (rule: AddressRule): string[] => [rule.street, ...(rule.aliases ?? [])];

/** Where the longest of the rule's names first occurs; what follows it is the number part. */
function findStreet(address: string, rule: AddressRule): { at: number; length: number } | null {
  let found: { at: number; length: number } | null = null;
  for (const name of ruleNames(rule)) {
    const normalised = normaliseAddress(name);
    const at = address.indexOf(normalised);
    if (at < 0) continue;
    if (!found || normalised.length > found.length) found = { at, length: normalised.length };
  }
  return found;
}

/** The grid of an address by the rules, else by the keywords of grids that have no rules. */
export function placeAddress(address: string, grids: readonly Grid[]): AddressPlace {
  const normalised = normaliseAddress(address);
  if (normalised.length === 0) return { outcome: 'no-grid', street: null };
  let best: { grid: Grid; rule: AddressRule } | null = null;
  let namedStreet: { street: string; length: number } | null = null;
  for (const grid of grids) {
    for (const rule of grid.addressRules ?? []) {
      const street = findStreet(normalised, rule);
      if (!street) continue;
      // The longest street named wins: 和平里胡同 is not 和平里, 幸福里小区 not 幸福里.
      if (namedStreet && street.length < namedStreet.length) continue;
      if (!namedStreet || street.length > namedStreet.length) {
        namedStreet = { street: rule.street, length: street.length };
        best = null;
      }
      const parts = addressParts(normalised.slice(street.at + street.length));
      if (!inRange(parts.house, rule.numbers) || !inRange(parts.building, rule.buildings)) continue;
      if (!best || moreSpecific(rule, best.rule)) best = { grid, rule };
    }
  }
  if (best) return { outcome: 'grid', grid: best.grid, via: 'rule', rule: best.rule };
  if (namedStreet) return { outcome: 'no-grid', street: namedStreet.street };
  const withoutRules = grids.filter((grid) => (grid.addressRules ?? []).length === 0);
  const byKeyword = findGridForAddress(address, withoutRules);
  return byKeyword
    ? { outcome: 'grid', grid: byKeyword, via: 'keyword' }
    : { outcome: 'no-grid', street: null };
}

/** The grid of an address, or undefined: what a card read and the matcher need. */
export function gridOfAddress(address: string, grids: readonly Grid[]): Grid | undefined {
  const place = placeAddress(address, grids);
  return place.outcome === 'grid' ? place.grid : undefined;
}
