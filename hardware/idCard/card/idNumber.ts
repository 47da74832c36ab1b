// Citizen identity numbers (GB 11643): 6-digit region, 8-digit birth date, 3-digit sequence whose
// last digit's parity is the sex (odd = male), and a check character from a mod-11 weighted sum.
// Also the masking rule: at most the first 6 and the last 4 characters are ever shown.
import { compactToIsoDate } from './dates.js';

const weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2] as const;
const checkCharacters = '10X98765432';

/** Province-level region codes. 81/82/83 are Hong Kong, Macao and Taiwan (residence permits). */
const residentProvinces = new Set([
  11, 12, 13, 14, 15, 21, 22, 23, 31, 32, 33, 34, 35, 36, 37, 41, 42, 43, 44, 45, 46, 50, 51, 52,
  53, 54, 61, 62, 63, 64, 65,
]);
const permitProvinces = new Set([81, 82, 83]);

/** Trims and upper-cases, so a typed 'x' check character matches the card's 'X'. */
export function normalizeIdNumber(value: string): string {
  return value.trim().toUpperCase();
}

/** The check character for the first 17 digits, or undefined if they are not 17 digits. */
export function computeCheckCharacter(first17: string): string | undefined {
  if (!/^\d{17}$/.test(first17)) return undefined;
  let sum = 0;
  for (let index = 0; index < 17; index += 1) {
    sum += Number(first17.charAt(index)) * (weights[index] ?? 0);
  }
  return checkCharacters.charAt(sum % 11);
}

export type IdNumberProblem =
  | 'invalid-id-number' // not 17 digits + digit/X, an unknown province or an impossible birth date
  | 'bad-check-digit';

export interface IdNumberFacts {
  readonly birthDate: string; // ISO
  readonly sex: 'male' | 'female';
  readonly province: number;
}

/**
 * Checks form, province, embedded birth date and check character. `holder` picks which province
 * codes are acceptable: a resident card never carries 81–83, a residence permit always does.
 */
export function inspectIdNumber(
  value: string,
  holder: 'resident' | 'hk-macao-taiwan' | 'any' = 'any',
): { ok: true; facts: IdNumberFacts } | { ok: false; code: IdNumberProblem } {
  const id = normalizeIdNumber(value);
  if (!/^\d{17}[\dX]$/.test(id)) return { ok: false, code: 'invalid-id-number' };
  const province = Number(id.slice(0, 2));
  const provinceOk =
    holder === 'resident'
      ? residentProvinces.has(province)
      : holder === 'hk-macao-taiwan'
        ? permitProvinces.has(province)
        : residentProvinces.has(province) || permitProvinces.has(province);
  const birthDate = compactToIsoDate(id.slice(6, 14));
  if (!provinceOk || birthDate === undefined) return { ok: false, code: 'invalid-id-number' };
  if (computeCheckCharacter(id.slice(0, 17)) !== id.charAt(17)) {
    return { ok: false, code: 'bad-check-digit' };
  }
  const sex = Number(id.charAt(16)) % 2 === 1 ? 'male' : 'female';
  return { ok: true, facts: { birthDate, sex, province } };
}

/** True for a well-formed 18-character number with a correct GB 11643 check character. */
export function isValidIdNumber(value: string): boolean {
  return inspectIdNumber(value).ok;
}

/**
 * Masks an identity or permit number for display: the first 6 and last 4 characters at most stay
 * visible. Shorter values show proportionally less, so at least 5 characters are always hidden.
 */
export function maskIdNumber(value: string): string {
  const id = normalizeIdNumber(value);
  if (id.length >= 15) return `${id.slice(0, 6)}${'*'.repeat(id.length - 10)}${id.slice(-4)}`;
  const shown = Math.max(0, Math.min(4, id.length - 5));
  return `${'*'.repeat(id.length - shown)}${id.slice(id.length - shown)}`;
}
