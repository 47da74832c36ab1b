// Byte layouts of the 256-byte UTF-16LE text block (offset, length in bytes). One table per card
// kind, shared by the parser and the encoder so the two cannot drift apart.
// Resident card: HARDWARE.md. Residence permits ('J' for Hong Kong/Macao/Taiwan residents, 'I' for
// the 2017 foreigner's permanent residence card): the public vendor headers those notes point to
// (e.g. a PC/SC reader SDK's t_idcardinfor / t_idforeigner structs). The card-type mark sits at
// byte 248 for all of them; a resident card leaves it blank.

export interface Field {
  readonly offset: number;
  readonly length: number;
}

const field = (offset: number, length: number): Field => ({ offset, length });

export const CARD_TYPE_MARK = field(248, 2);

export const RESIDENT_LAYOUT = {
  name: field(0, 30),
  sex: field(30, 2),
  nation: field(32, 4),
  birthDate: field(36, 16),
  address: field(52, 70),
  idNumber: field(122, 36),
  issuingAuthority: field(158, 30),
  validFrom: field(188, 16),
  validTo: field(204, 16),
} as const;

/** Same as a resident card for the shared fields; the nation slot is reserved (blank). */
export const HK_MACAO_TAIWAN_LAYOUT = {
  name: RESIDENT_LAYOUT.name,
  sex: RESIDENT_LAYOUT.sex,
  birthDate: RESIDENT_LAYOUT.birthDate,
  address: RESIDENT_LAYOUT.address,
  idNumber: RESIDENT_LAYOUT.idNumber,
  issuingAuthority: RESIDENT_LAYOUT.issuingAuthority,
  validFrom: RESIDENT_LAYOUT.validFrom,
  validTo: RESIDENT_LAYOUT.validTo,
  passNumber: field(220, 18),
  issueCount: field(238, 4),
} as const;

export const FOREIGN_PERMANENT_LAYOUT = {
  englishName: field(0, 120),
  sex: field(120, 2),
  permitNumber: field(122, 30),
  nationality: field(152, 6),
  chineseName: field(158, 30),
  validFrom: field(188, 16),
  validTo: field(204, 16),
  birthDate: field(220, 16),
  cardVersion: field(236, 4),
  authorityCode: field(240, 8),
} as const;

export type CardTypeMark = 'resident' | 'hk-macao-taiwan-permit' | 'foreign-permanent-residence';
