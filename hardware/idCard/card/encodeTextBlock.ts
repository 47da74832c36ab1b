// Builds text blocks the way a card stores them, from raw field text (not parsed values), so a
// simulator or test can also produce cards a parser must refuse: a wrong check digit, a birth
// date that disagrees with the number, an unknown type mark.
import { CARD_TYPE_MARK, FOREIGN_PERMANENT_LAYOUT, HK_MACAO_TAIWAN_LAYOUT } from './layout.js';
import { RESIDENT_LAYOUT, type Field } from './layout.js';
import { blankTextBlock, writeField } from './textFields.js';

export interface ResidentTextFields {
  readonly kind: 'resident';
  readonly name: string;
  /** '1' male, '2' female, as stored. */
  readonly sex: string;
  /** Two-digit code, e.g. '01'. */
  readonly nation: string;
  /** YYYYMMDD. */
  readonly birthDate: string;
  readonly address: string;
  readonly idNumber: string;
  readonly issuingAuthority: string;
  readonly validFrom: string;
  /** YYYYMMDD or '长期'. */
  readonly validTo: string;
}

export interface HkMacaoTaiwanTextFields extends Omit<ResidentTextFields, 'kind' | 'nation'> {
  readonly kind: 'hk-macao-taiwan-permit';
  readonly passNumber: string;
  /** Two digits, e.g. '01'. */
  readonly issueCount: string;
}

export interface ForeignPermanentTextFields {
  readonly kind: 'foreign-permanent-residence';
  readonly englishName: string;
  readonly chineseName: string;
  readonly sex: string;
  readonly permitNumber: string;
  readonly nationality: string;
  readonly birthDate: string;
  readonly validFrom: string;
  readonly validTo: string;
  readonly cardVersion: string;
  readonly authorityCode: string;
}

export type TextBlockFields =
  ResidentTextFields | HkMacaoTaiwanTextFields | ForeignPermanentTextFields;

const typeMarks = {
  resident: '',
  'hk-macao-taiwan-permit': 'J',
  'foreign-permanent-residence': 'I',
} as const;

function writeAll(block: Uint8Array, layout: Record<string, Field>, values: object): void {
  for (const [name, value] of Object.entries(values)) {
    const field = layout[name];
    if (field && typeof value === 'string') writeField(block, field, value);
  }
}

/**
 * The 256-byte block for these fields. `typeMark` overrides the mark at byte 248, for blocks of a
 * kind the parser must refuse.
 */
export function encodeTextBlock(fields: TextBlockFields, typeMark?: string): Uint8Array {
  const block = blankTextBlock();
  const layout: Record<string, Field> =
    fields.kind === 'resident'
      ? RESIDENT_LAYOUT
      : fields.kind === 'hk-macao-taiwan-permit'
        ? HK_MACAO_TAIWAN_LAYOUT
        : FOREIGN_PERMANENT_LAYOUT;
  writeAll(block, layout, fields);
  writeField(block, CARD_TYPE_MARK, typeMark ?? typeMarks[fields.kind]);
  return block;
}
