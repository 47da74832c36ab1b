// 256-byte text block → typed card. The kind comes from byte 248 first, so a residence permit is
// never read through the resident layout. Each kind checks its fields, the identity number's
// check character, and that number against the block's birth date and sex; any inconsistency
// rejects the whole card with one code. The result is validated against the zod schema last.
import { TEXT_BLOCK_LENGTH } from '../protocol/readReply.js';
import {
  idCardSchema,
  type CardParseResult,
  type HkMacaoTaiwanPermit,
  type IdCard,
  type ResidentIdCard,
} from './cardTypes.js';
import { dateField, requiredText, sexField, validToField, type Rejection } from './fieldChecks.js';
import { inspectIdNumber, normalizeIdNumber } from './idNumber.js';
import {
  CARD_TYPE_MARK,
  HK_MACAO_TAIWAN_LAYOUT,
  RESIDENT_LAYOUT,
  type CardTypeMark,
} from './layout.js';
import { nationName } from './nations.js';
import { parseForeignPermanentCard } from './parseForeignCard.js';
import { withRedactedInspect } from './redact.js';
import { readField } from './textFields.js';

/** Which kind of card a block is, from its type mark at byte 248. */
export function identifyCardType(block: Uint8Array): CardTypeMark | undefined {
  const mark = readField(block, CARD_TYPE_MARK);
  if (mark === '') return 'resident';
  if (mark === 'J') return 'hk-macao-taiwan-permit';
  if (mark === 'I') return 'foreign-permanent-residence';
  return undefined;
}

type Shared = Omit<ResidentIdCard, 'kind' | 'nation' | 'nationCode'>;

/** The fields resident cards and Hong Kong/Macao/Taiwan permits share, cross-checked. */
function parseSharedFields(
  block: Uint8Array,
  holder: 'resident' | 'hk-macao-taiwan',
): { ok: true; value: Shared } | Rejection {
  const layout = RESIDENT_LAYOUT;
  const name = requiredText(block, layout.name, 'name');
  if (!name.ok) return name;
  const sex = sexField(block, layout.sex);
  if (!sex.ok) return sex;
  const birthDate = dateField(block, layout.birthDate, 'birthDate');
  if (!birthDate.ok) return birthDate;
  const address = requiredText(block, layout.address, 'address');
  if (!address.ok) return address;
  const idText = requiredText(block, layout.idNumber, 'idNumber');
  if (!idText.ok) return idText;
  const id = inspectIdNumber(idText.value, holder);
  if (!id.ok) return { ok: false, code: id.code, field: 'idNumber' };
  if (id.facts.birthDate !== birthDate.value) {
    return { ok: false, code: 'birth-date-mismatch', field: 'idNumber' };
  }
  if (id.facts.sex !== sex.value) return { ok: false, code: 'sex-mismatch', field: 'idNumber' };
  const issuingAuthority = requiredText(block, layout.issuingAuthority, 'issuingAuthority');
  if (!issuingAuthority.ok) return issuingAuthority;
  const validFrom = dateField(block, layout.validFrom, 'validFrom');
  if (!validFrom.ok) return validFrom;
  const validTo = validToField(block, layout.validTo, validFrom.value);
  if (!validTo.ok) return validTo;
  return {
    ok: true,
    value: {
      name: name.value,
      sex: sex.value,
      birthDate: birthDate.value,
      address: address.value,
      idNumber: normalizeIdNumber(idText.value),
      issuingAuthority: issuingAuthority.value,
      validFrom: validFrom.value,
      validTo: validTo.value,
    },
  };
}

function parseResidentCard(block: Uint8Array): { ok: true; card: IdCard } | Rejection {
  const shared = parseSharedFields(block, 'resident');
  if (!shared.ok) return shared;
  const nationCode = readField(block, RESIDENT_LAYOUT.nation) ?? '';
  const nation = nationName(nationCode);
  if (!nation) return { ok: false, code: 'unknown-nation', field: 'nation' };
  return { ok: true, card: { kind: 'resident', ...shared.value, nation, nationCode } };
}

function parseHkMacaoTaiwanPermit(block: Uint8Array): { ok: true; card: IdCard } | Rejection {
  const shared = parseSharedFields(block, 'hk-macao-taiwan');
  if (!shared.ok) return shared;
  const passNumber = readField(block, HK_MACAO_TAIWAN_LAYOUT.passNumber) ?? '';
  if (!/^[A-Z0-9]{8,9}$/.test(passNumber)) {
    return { ok: false, code: 'invalid-text', field: 'passNumber' };
  }
  const issueCount = readField(block, HK_MACAO_TAIWAN_LAYOUT.issueCount) ?? '';
  if (!/^\d{1,2}$/.test(issueCount))
    return { ok: false, code: 'invalid-text', field: 'issueCount' };
  const card: HkMacaoTaiwanPermit = {
    kind: 'hk-macao-taiwan-permit',
    ...shared.value,
    passNumber,
    issueCount: Number(issueCount),
  };
  return { ok: true, card };
}

export function parseTextBlock(block: Uint8Array): CardParseResult {
  if (block.length !== TEXT_BLOCK_LENGTH) return { ok: false, code: 'invalid-text' };
  const kind = identifyCardType(block);
  if (kind === undefined) return { ok: false, code: 'unsupported-card-type' };
  const parsed =
    kind === 'resident'
      ? parseResidentCard(block)
      : kind === 'hk-macao-taiwan-permit'
        ? parseHkMacaoTaiwanPermit(block)
        : parseForeignPermanentCard(block);
  if (!parsed.ok) return { ok: false, code: parsed.code, field: parsed.field };
  // The checks above should make this unreachable; the schema is the last word on the shape.
  const checked = idCardSchema.safeParse(parsed.card);
  if (!checked.success) {
    const field = checked.error.issues[0]?.path.join('.') ?? undefined;
    return { ok: false, code: 'invalid-text', ...(field ? { field } : {}) };
  }
  return { ok: true, card: withRedactedInspect(checked.data) };
}
