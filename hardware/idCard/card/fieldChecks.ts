// Field-level checks shared by the three card parsers. Each returns the parsed value or a
// rejection naming the field, so the first bad field decides the card's error code.
import type { CardErrorCode } from './cardTypes.js';
import { compactToIsoDate, type IsoDate } from './dates.js';
import { readField } from './textFields.js';
import type { Field } from './layout.js';

export interface Rejection {
  readonly ok: false;
  readonly code: CardErrorCode;
  readonly field: string;
}

export type Checked<T> = { readonly ok: true; readonly value: T } | Rejection;

const reject = (code: CardErrorCode, field: string): Rejection => ({ ok: false, code, field });
const accept = <T>(value: T): Checked<T> => ({ ok: true, value });

/** A required, non-blank text field. */
export function requiredText(block: Uint8Array, field: Field, name: string): Checked<string> {
  const value = readField(block, field);
  return value ? accept(value) : reject('invalid-text', name);
}

/** A text field that may be blank. */
export function optionalText(block: Uint8Array, field: Field, name: string): Checked<string> {
  const value = readField(block, field);
  return value === undefined ? reject('invalid-text', name) : accept(value);
}

/** GB/T 2261.1 sex code: 1 male, 2 female. 0 (unknown) and 9 (unstated) never appear on a card. */
export function sexField(block: Uint8Array, field: Field): Checked<'male' | 'female'> {
  const value = readField(block, field);
  if (value === '1') return accept('male');
  if (value === '2') return accept('female');
  return reject('invalid-sex', 'sex');
}

export function dateField(block: Uint8Array, field: Field, name: string): Checked<IsoDate> {
  const iso = compactToIsoDate(readField(block, field) ?? '');
  return iso ? accept(iso) : reject('invalid-date', name);
}

/** End of validity: a date, or 长期 (long-term) on cards of people aged 46 and over. */
export function validToField(
  block: Uint8Array,
  field: Field,
  validFrom: IsoDate,
): Checked<IsoDate | 'long-term'> {
  const raw = readField(block, field);
  if (raw === '长期') return accept('long-term');
  const iso = compactToIsoDate(raw ?? '');
  // ISO strings compare in date order; a period that ends before it starts is corrupt.
  return iso && iso > validFrom ? accept(iso) : reject('invalid-date', 'validTo');
}
