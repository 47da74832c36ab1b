// Demo cards for the simulator, the demo kiosk and tests. Every person and number is invented; the
// numbers follow GB 11643 (one on purpose does not), 11010519491231002X is the standard's own
// example and 810000199408230021 a published specimen permit number. Built through the text-block
// encoder, so tests round-trip them through the parser.
import { encodeTextBlock, type TextBlockFields } from '../card/encodeTextBlock.js';

export const DEMO_CARD_IDS = [
  'han-resident',
  'minority-resident',
  'long-term-resident',
  'hk-macao-taiwan-permit',
  'foreign-permanent-residence',
  'bad-check-digit',
] as const;

export type DemoCardId = (typeof DEMO_CARD_IDS)[number];

export interface DemoCard {
  readonly id: DemoCardId;
  /** A label for a demo picker; never the number. */
  readonly label: string;
  readonly fields: TextBlockFields;
}

const demoCards: Record<DemoCardId, DemoCard> = {
  'han-resident': {
    id: 'han-resident',
    label: '居民身份证 · 张伟 · 汉族',
    fields: {
      kind: 'resident',
      name: '张伟',
      sex: '1',
      nation: '01',
      birthDate: '19850615',
      address: '北京市朝阳区幸福里小区3号楼2单元501室',
      idNumber: '110105198506151236',
      issuingAuthority: '北京市公安局朝阳分局',
      validFrom: '20150320',
      validTo: '20350320',
    },
  },
  'minority-resident': {
    id: 'minority-resident',
    label: '居民身份证 · 阿依古丽·买买提 · 维吾尔族',
    fields: {
      kind: 'resident',
      name: '阿依古丽·买买提',
      sex: '2',
      nation: '05',
      birthDate: '19921103',
      address: '新疆乌鲁木齐市天山区解放南路123号',
      idNumber: '650102199211034527',
      issuingAuthority: '乌鲁木齐市公安局天山分局',
      validFrom: '20180701',
      validTo: '20280701',
    },
  },
  'long-term-resident': {
    id: 'long-term-resident',
    label: '居民身份证 · 王秀英 · 长期有效',
    fields: {
      kind: 'resident',
      name: '王秀英',
      sex: '2',
      nation: '01',
      birthDate: '19491231',
      address: '北京市朝阳区和平里胡同12号院2门201号',
      idNumber: '11010519491231002X',
      issuingAuthority: '北京市公安局朝阳分局',
      validFrom: '20100510',
      validTo: '长期',
    },
  },
  'hk-macao-taiwan-permit': {
    id: 'hk-macao-taiwan-permit',
    label: '港澳台居民居住证 · 陈嘉欣',
    fields: {
      kind: 'hk-macao-taiwan-permit',
      name: '陈嘉欣',
      sex: '2',
      birthDate: '19940823',
      address: '广东省深圳市福田区福华一路1号',
      idNumber: '810000199408230021',
      issuingAuthority: '深圳市公安局',
      validFrom: '20230901',
      validTo: '20280901',
      passNumber: 'H12345678',
      issueCount: '01',
    },
  },
  'foreign-permanent-residence': {
    id: 'foreign-permanent-residence',
    label: '外国人永久居留身份证 · SMITH JOHN',
    fields: {
      kind: 'foreign-permanent-residence',
      englishName: 'SMITH, JOHN',
      chineseName: '史密斯',
      sex: '1',
      permitNumber: 'CAN110083052212',
      nationality: 'CAN',
      birthDate: '19830522',
      validFrom: '20190601',
      validTo: '20290601',
      cardVersion: '02',
      authorityCode: '1100',
    },
  },
  'bad-check-digit': {
    id: 'bad-check-digit',
    label: '居民身份证 · 李娜 · 校验位错误',
    fields: {
      kind: 'resident',
      name: '李娜',
      sex: '2',
      nation: '01',
      birthDate: '19900307',
      address: '广东省深圳市福田区深南大道6008号',
      idNumber: '440305199003071247',
      issuingAuthority: '深圳市公安局福田分局',
      validFrom: '20160412',
      validTo: '20360412',
    },
  },
};

export function demoCard(id: DemoCardId): DemoCard {
  return demoCards[id];
}

export function demoCardTextBlock(id: DemoCardId): Uint8Array {
  return encodeTextBlock(demoCards[id].fields);
}

export function isDemoCardId(value: string): value is DemoCardId {
  return (DEMO_CARD_IDS as readonly string[]).includes(value);
}
