import { inspect } from 'node:util';
import { describe, expect, it } from 'vitest';
import {
  encodeTextBlock,
  type ResidentTextFields,
} from '../../../../../hardware/idCard/card/encodeTextBlock.js';
import { RESIDENT_LAYOUT } from '../../../../../hardware/idCard/card/layout.js';
import {
  identifyCardType,
  parseTextBlock,
} from '../../../../../hardware/idCard/card/parseTextBlock.js';
import { NATIONS } from '../../../../../hardware/idCard/card/nations.js';
import { demoCard, demoCardTextBlock } from '../../../../../hardware/idCard/simulator/demoCards.js';

const han = demoCard('han-resident').fields as ResidentTextFields;
const withFields = (changes: Partial<ResidentTextFields>): Uint8Array =>
  encodeTextBlock({ ...han, ...changes });

describe('demo cards through the parser', () => {
  it('reads the Han resident', () => {
    expect(parseTextBlock(demoCardTextBlock('han-resident'))).toEqual({
      ok: true,
      card: {
        kind: 'resident',
        name: '张伟',
        sex: 'male',
        nation: '汉',
        nationCode: '01',
        birthDate: '1985-06-15',
        address: '北京市朝阳区幸福里小区3号楼2单元501室',
        idNumber: '110105198506151236',
        issuingAuthority: '北京市公安局朝阳分局',
        validFrom: '2015-03-20',
        validTo: '2035-03-20',
      },
    });
  });

  it('reads the minority-nation resident, middle dot and all', () => {
    const result = parseTextBlock(demoCardTextBlock('minority-resident'));
    expect(result.ok && result.card).toMatchObject({
      kind: 'resident',
      name: '阿依古丽·买买提',
      sex: 'female',
      nation: '维吾尔',
      nationCode: '05',
    });
  });

  it('reads 长期 validity as long-term', () => {
    const result = parseTextBlock(demoCardTextBlock('long-term-resident'));
    expect(result.ok && result.card).toMatchObject({
      kind: 'resident',
      birthDate: '1949-12-31',
      validFrom: '2010-05-10',
      validTo: 'long-term',
    });
  });

  it('reads the Hong Kong/Macao/Taiwan residence permit as its own kind', () => {
    const block = demoCardTextBlock('hk-macao-taiwan-permit');
    expect(identifyCardType(block)).toBe('hk-macao-taiwan-permit');
    const result = parseTextBlock(block);
    expect(result.ok && result.card).toEqual({
      kind: 'hk-macao-taiwan-permit',
      name: '陈嘉欣',
      sex: 'female',
      birthDate: '1994-08-23',
      address: '广东省深圳市福田区福华一路1号',
      idNumber: '810000199408230021',
      issuingAuthority: '深圳市公安局',
      validFrom: '2023-09-01',
      validTo: '2028-09-01',
      passNumber: 'H12345678',
      issueCount: 1,
    });
  });

  it("reads the foreigner's permanent residence card as its own kind", () => {
    const result = parseTextBlock(demoCardTextBlock('foreign-permanent-residence'));
    expect(result.ok && result.card).toEqual({
      kind: 'foreign-permanent-residence',
      englishName: 'SMITH, JOHN',
      chineseName: '史密斯',
      sex: 'male',
      nationality: 'CAN',
      birthDate: '1983-05-22',
      permitNumber: 'CAN110083052212',
      validFrom: '2019-06-01',
      validTo: '2029-06-01',
    });
  });

  it('rejects the bad-check-digit card', () => {
    expect(parseTextBlock(demoCardTextBlock('bad-check-digit'))).toEqual({
      ok: false,
      code: 'bad-check-digit',
      field: 'idNumber',
    });
  });
});

describe('text block rules', () => {
  it('trims NUL padding as well as spaces', () => {
    const block = withFields({ name: '张伟' });
    block.fill(0, RESIDENT_LAYOUT.name.offset + 4, RESIDENT_LAYOUT.name.offset + 30);
    const result = parseTextBlock(block);
    expect(result.ok && result.card.kind === 'resident' && result.card.name).toBe('张伟');
  });

  it('knows every nation code from the table', () => {
    expect(NATIONS.size).toBe(58);
    for (const [code, name] of NATIONS) {
      const result = parseTextBlock(withFields({ nation: code }));
      expect(result.ok && result.card.kind === 'resident' && result.card.nation).toBe(name);
    }
  });

  it.each([
    ['an unknown nation', { nation: '57' }, 'unknown-nation', 'nation'],
    ['a sex code that is not 1 or 2', { sex: '9' }, 'invalid-sex', 'sex'],
    [
      'a birth date that disagrees with the number',
      { birthDate: '19850616' },
      'birth-date-mismatch',
      'idNumber',
    ],
    ['a sex that disagrees with the number', { sex: '2' }, 'sex-mismatch', 'idNumber'],
    ['an impossible date', { validFrom: '20150230' }, 'invalid-date', 'validFrom'],
    ['validity ending before it starts', { validTo: '20100320' }, 'invalid-date', 'validTo'],
    ['a blank name', { name: '' }, 'invalid-text', 'name'],
    [
      'a permit number on a resident card',
      { idNumber: '810000198506151231' },
      'invalid-id-number',
      'idNumber',
    ],
  ])('rejects %s', (_, changes, code, field) => {
    expect(parseTextBlock(withFields(changes))).toEqual({ ok: false, code, field });
  });

  it('never reads a residence permit through the resident layout', () => {
    // Resident fields with a 'J' mark: the permit rules apply, and a resident number fails them.
    const block = encodeTextBlock(han, 'J');
    expect(identifyCardType(block)).toBe('hk-macao-taiwan-permit');
    expect(parseTextBlock(block)).toMatchObject({ ok: false, code: 'invalid-id-number' });
  });

  it('refuses a type mark it does not know (such as the 2023 foreigner card)', () => {
    expect(parseTextBlock(encodeTextBlock(han, 'Y'))).toEqual({
      ok: false,
      code: 'unsupported-card-type',
    });
  });

  it('refuses bytes that are not valid UTF-16', () => {
    const block = withFields({});
    block.set([0x00, 0xdc], RESIDENT_LAYOUT.name.offset); // a lone low surrogate
    expect(parseTextBlock(block)).toEqual({ ok: false, code: 'invalid-text', field: 'name' });
  });

  it('refuses a block of the wrong size', () => {
    expect(parseTextBlock(new Uint8Array(255))).toEqual({ ok: false, code: 'invalid-text' });
  });

  it('prints a parsed card with its number masked', () => {
    const result = parseTextBlock(demoCardTextBlock('han-resident'));
    const printed = inspect(result.ok && result.card);
    expect(printed).toContain('110105********1236');
    expect(printed).not.toContain('110105198506151236');
    expect(JSON.parse(JSON.stringify(result.ok && result.card)).idNumber).toHaveLength(18);
  });
});
