// Which grid an address (as printed on an ID card) belongs to. Grid keywords are address
// fragments; the longest one found wins, so "和平路28号院" beats the street-wide "和平路".
import type { Grid } from '../../../contract/community.js';
import { smallNumber } from './smallNumbers.js';

const isDigit = (char: string) => char >= '0' && char <= '9';

/** Full-width digits fold to ASCII, spaces go: ID cards and staff typing differ in both. */
function normaliseAddress(text: string): string {
  return text.normalize('NFKC').replace(/\s+/g, '').toLowerCase();
}

/** "3号楼" must not be found inside "13号楼", nor "12号" inside "112号". */
function occursWithDigitBoundaries(address: string, keyword: string): boolean {
  const first = keyword.charAt(0);
  const last = keyword.charAt(keyword.length - 1);
  for (let at = address.indexOf(keyword); at >= 0; at = address.indexOf(keyword, at + 1)) {
    const before = address.charAt(at - 1);
    const after = address.charAt(at + keyword.length);
    const startsCleanly = !(isDigit(first) && isDigit(before));
    const endsCleanly = !(isDigit(last) && isDigit(after));
    if (startsCleanly && endsCleanly) return true;
  }
  return false;
}

/** The grid whose longest matching keyword is longest; on a tie the grid listed first. */
export function findGridForAddress(address: string, grids: readonly Grid[]): Grid | null {
  const normalisedAddress = normaliseAddress(address);
  if (normalisedAddress.length === 0) return null;
  let best: Grid | null = null;
  let bestLength = 0;
  for (const grid of grids) {
    for (const rawKeyword of grid.addressKeywords) {
      const keyword = normaliseAddress(rawKeyword);
      if (keyword.length <= bestLength) continue;
      if (occursWithDigitBoundaries(normalisedAddress, keyword)) {
        best = grid;
        bestLength = keyword.length;
      }
    }
  }
  return best;
}

const buildingMention = /(\d{1,3}|十[一二]?|[一二三四五六七八九])\s*(?:号楼|栋|幢|号院)/gu;

/**
 * The buildings a text names ("4号楼那个活动室", "住十二栋的"), each as "N号楼" (栋 and 幢 are
 * the same building; 号院 is a courtyard, "N号院"). Digits are kept apart from longer numbers.
 */
export function buildingsNamed(text: string): string[] {
  const address = normaliseAddress(text);
  const named = new Set<string>();
  for (const match of address.matchAll(buildingMention)) {
    const written = match[1] ?? '';
    const number = smallNumber(written);
    if (number <= 0 || isDigit(address.charAt((match.index ?? 0) - 1))) continue;
    named.add(`${number}${match[0].endsWith('号院') ? '号院' : '号楼'}`);
  }
  return [...named];
}

/**
 * The area a grid's name gives in brackets ("第二网格（幸福里南区）" → 幸福里南区), in both scripts:
 * residents name their part of an estate so ("幸福里南区9号楼的电梯坏了"), and the estate's own
 * name alone (幸福里) cannot tell its north from its south (tuning: the 33rd batch).
 */
function namesOfArea(grid: Grid): string[] {
  const names: string[] = [];
  for (const name of [grid.name['zh-CN'], grid.name['zh-TW']]) {
    const area = /[（(]([^）)]+)[）)]/u.exec(name)?.[1];
    if (area !== undefined && /\p{Script=Han}{3,}/u.test(area)) names.push(area);
  }
  return names;
}

/**
 * findGridForAddress for running text, with the keywords normalised and ordered longest first
 * once: the first keyword found is the longest, as there (a need is read on every request).
 */
export function gridFinder(grids: readonly Grid[]): (text: string) => string | null {
  const keywords = grids
    .flatMap((grid) =>
      [...grid.addressKeywords, ...namesOfArea(grid)].map((raw) => ({
        id: grid.id,
        keyword: normaliseAddress(raw),
      })),
    )
    .filter(({ keyword }) => keyword.length > 0)
    .map((entry, order) => ({ ...entry, order }))
    .sort((a, b) => b.keyword.length - a.keyword.length || a.order - b.order);
  return (text) => {
    if (keywords.length === 0) return null;
    const address = normaliseAddress(text);
    for (const { id, keyword } of keywords) {
      if (address.includes(keyword) && occursWithDigitBoundaries(address, keyword)) return id;
    }
    return null;
  };
}
