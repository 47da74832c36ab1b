// Checks for single form fields, each returning the value or the Open311 error it earns.
import type { Open311ErrorBody } from '../../wire/errors.js';

export type FieldCheck<T> = { ok: true; value: T } | { ok: false; error: Open311ErrorBody };

/** C0 controls other than tab, newline and carriage return, and DEL. */
function hasControlChars(value: string): boolean {
  return [...value].some((char) => {
    const code = char.codePointAt(0) ?? 0;
    return (code < 0x20 && char !== '\t' && char !== '\n' && char !== '\r') || code === 0x7f;
  });
}

/** Optional free text: absent or blank → null; too long or with control characters → error. */
export function optionalText(
  form: URLSearchParams,
  name: string,
  maxChars: number,
  options: { multiline?: boolean; pattern?: RegExp } = {},
): FieldCheck<string | null> {
  const raw = form.get(name);
  const value =
    raw === null ? '' : options.multiline ? raw.replace(/\r\n?/g, '\n').trim() : raw.trim();
  if (value === '') return { ok: true, value: null };
  const invalid = (why: string): FieldCheck<string | null> => ({
    ok: false,
    error: { code: 'field_invalid', description: `${name} ${why}.` },
  });
  if ([...value].length > maxChars) return invalid(`is longer than ${maxChars} characters`);
  if (hasControlChars(value) || (!options.multiline && value.includes('\n'))) {
    return invalid('contains control characters');
  }
  if (options.pattern && !options.pattern.test(value)) return invalid('is not in a valid format');
  return { ok: true, value };
}

/** A WGS84 coordinate in decimal degrees. */
export function coordinate(raw: string | null, limit: number): number | null | 'invalid' {
  if (raw === null || raw.trim() === '') return null;
  if (!/^[+-]?\d{1,3}(\.\d+)?$/.test(raw.trim())) return 'invalid';
  const value = Number(raw);
  return Math.abs(value) <= limit ? value : 'invalid';
}
