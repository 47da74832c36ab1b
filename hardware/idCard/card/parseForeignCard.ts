// The foreigner's permanent residence card (2017 design, type mark 'I'). Its layout differs from
// the resident card's; its 15-character number has no published check algorithm, so only its
// form is checked here.
import type { ForeignPermanentResidenceCard, IdCard } from './cardTypes.js';
import {
  dateField,
  optionalText,
  requiredText,
  sexField,
  validToField,
  type Rejection,
} from './fieldChecks.js';
import { FOREIGN_PERMANENT_LAYOUT as layout } from './layout.js';

export function parseForeignPermanentCard(
  block: Uint8Array,
): { ok: true; card: IdCard } | Rejection {
  const englishName = requiredText(block, layout.englishName, 'englishName');
  if (!englishName.ok) return englishName;
  const chineseName = optionalText(block, layout.chineseName, 'chineseName');
  if (!chineseName.ok) return chineseName;
  const sex = sexField(block, layout.sex);
  if (!sex.ok) return sex;
  const permitNumber = requiredText(block, layout.permitNumber, 'permitNumber');
  if (!permitNumber.ok) return permitNumber;
  if (!/^[A-Z]{3}\d{12}$/.test(permitNumber.value)) {
    return { ok: false, code: 'invalid-id-number', field: 'permitNumber' };
  }
  const nationality = requiredText(block, layout.nationality, 'nationality');
  if (!nationality.ok) return nationality;
  if (!/^[A-Z]{3}$/.test(nationality.value)) {
    return { ok: false, code: 'invalid-text', field: 'nationality' };
  }
  const birthDate = dateField(block, layout.birthDate, 'birthDate');
  if (!birthDate.ok) return birthDate;
  const validFrom = dateField(block, layout.validFrom, 'validFrom');
  if (!validFrom.ok) return validFrom;
  const validTo = validToField(block, layout.validTo, validFrom.value);
  if (!validTo.ok) return validTo;
  const card: ForeignPermanentResidenceCard = {
    kind: 'foreign-permanent-residence',
    englishName: englishName.value,
    chineseName: chineseName.value,
    sex: sex.value,
    nationality: nationality.value,
    birthDate: birthDate.value,
    permitNumber: permitNumber.value,
    validFrom: validFrom.value,
    validTo: validTo.value,
  };
  return { ok: true, card };
}
