// The receipts take their words from the screens' resources (locales/, receipt.*): the Simplified
// Chinese receipt still says, line for line, what it said when it had its own word table (the
// printer encodes the same text, so the same bytes); each language's paper says what its
// resource file says; and a name handed in as a value is printed as it is, never read as a key.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Language } from '../../../contract/index.js';
import type { ReceiptDocument } from '../../../hardware/printer/index.js';
import { buildRequestReceipt } from '../../../electron/services/receipts/requestReceipt.js';
import { reprintMarkLines } from '../../../electron/services/receipts/reprintMark.js';
import { buildStatusSlip } from '../../../electron/services/receipts/statusSlip.js';
import { sampleRequestReceipt } from '../../support/sampleRequestReceipt.js';

type Tree = { [key: string]: string | Tree };
const receiptResource = (language: Language) =>
  (JSON.parse(readFileSync(`locales/${language}.json`, 'utf8')) as { receipt: Tree }).receipt;
const word = (tree: Tree, path: string): string => {
  const found = path
    .split('.')
    .reduce<string | Tree | undefined>(
      (node, key) => (typeof node === 'object' ? node[key] : undefined),
      tree,
    );
  if (typeof found !== 'string') throw new Error(`no receipt word ${path}`);
  return found;
};

/** The printed text, a line per block: a row as "left | right", a kept run as it is. */
function printedLines(document: ReceiptDocument): string[] {
  const join = (segments: readonly (string | { keep: string })[]) =>
    segments.map((segment) => (typeof segment === 'string' ? segment : segment.keep)).join('');
  return document.blocks.flatMap((block) => {
    if (block.kind === 'text') return [join(block.segments)];
    if (block.kind === 'row') return [`${join(block.left)} | ${join(block.right)}`];
    if (block.kind === 'qr') return [`[QR ${block.payload}]`];
    return [];
  });
}

const languages: Language[] = ['zh-CN', 'zh-TW', 'en'];

const slipFor = (language: Language, handlerNote: string) =>
  buildStatusSlip({
    status: {
      access: 'full',
      ticket: 'A03-1128-0042',
      createdAt: '2026-11-28T01:30:00.000Z',
      category: 'basic-living',
      need: null,
      urgency: 'normal',
      emergency: false,
      stage: 'in-progress',
      stages: [
        { stage: 'accepted', at: '2026-11-28T01:30:00.000Z' },
        { stage: 'in-progress', at: '2026-11-28T02:00:00.000Z' },
        { stage: 'done', at: null },
      ],
      handlerNote,
      lastUpdatedAt: '2026-11-28T02:00:00.000Z',
      rating: null,
    },
    lookupCode: 'A03-20261128-0042',
    categoryTitle: 'C',
    centreName: 'N',
    hotline: '010-6512-3456',
    language,
    localTime: (iso) => iso.slice(0, 16).replace('T', ' '),
  });

describe('the receipts’ words', () => {
  it('print the Simplified Chinese receipt line for line as before', () => {
    expect(printedLines(sampleRequestReceipt('zh-CN'))).toEqual([
      '幸福里社区服务中心',
      '需求受理回执',
      '受理号',
      'A03-1128-0042',
      '[QR A03-20261128-0042]',
      '扫码或输入受理号查询进度',
      '类别 | 基本生活',
      '需求 | 管道漏水维修',
      '时间 | 2026-11-28 09:30',
      '紧急程度 | 紧急',
      '姓名 | 张*明',
      '为您推荐的服务',
      '1. 幸福里物业维修队1组',
      '幸福里小区1号楼一层',
      '电话 010-6512-3410',
      '2. 幸福里物业维修队2组',
      '幸福里小区2号楼一层',
      '电话 010-6512-3420',
      '3. 幸福里物业维修队3组',
      '幸福里小区3号楼一层',
      '电话 010-6512-3430',
      '网格员: 李红梅',
      '电话 13911112222',
      '服务热线 | 010-6512-3456',
      '请保存好本回执，凭受理号查询进度',
    ]);
  });

  it('print the Simplified Chinese status slip and reprint mark as before', () => {
    expect(printedLines(slipFor('zh-CN', '已派维修师傅'))).toEqual([
      'N',
      '办理进度单',
      '受理号',
      'A03-1128-0042',
      '[QR A03-20261128-0042]',
      '类别 | C',
      '需求 | 其他需求',
      '已受理 | 2026-11-28 01:30',
      '处理中 | 2026-11-28 02:00',
      '已完成 | 尚未到这一步',
      '办理人说明:',
      '已派维修师傅',
      '信息更新于 | 2026-11-28 02:00',
      '服务热线 | 010-6512-3456',
    ]);
    expect(
      reprintMarkLines({ language: 'zh-CN', staffName: '王丽', localTime: '2026-11-28 09:30' }),
    ).toEqual([['补打 · 工作人员 王丽 · ', { keep: '2026-11-28 09:30' }]]);
  });

  it.each(languages)('print %s in the words of its resource file', (language) => {
    const words = receiptResource(language);
    const receipt = printedLines(sampleRequestReceipt(language));
    for (const key of ['requestTitle', 'ticket', 'scanToCheck', 'servicesTitle', 'keepTicket'])
      expect(receipt, key).toContain(word(words, key));
    for (const key of ['category', 'need', 'time', 'urgency', 'name', 'hotline'])
      expect(
        receipt.some((line) => line.startsWith(`${word(words, key)} | `)),
        key,
      ).toBe(true);
    expect(receipt).toContain(`${word(words, 'urgency')} | ${word(words, 'urgent')}`);

    const slip = printedLines(slipFor(language, 'x'.repeat(200)));
    expect(slip).toContain(word(words, 'status.title'));
    expect(slip).toContain(`${word(words, 'status.note')}:`);
    expect(slip).toContain(word(words, 'status.noteContinues'));
    expect(slip).toContain(
      `${word(words, 'status.stages.done')} | ${word(words, 'status.notYet')}`,
    );
  });

  it('say who entered a request, in each language, the name printed as given', () => {
    const strange = '{{staffName}} $t(receipt.ticket)';
    for (const language of languages) {
      const document = buildRequestReceipt({
        request: {
          ticket: 'A03-1128-0042',
          lookupCode: 'A03-20261128-0042',
          createdAt: '2026-11-28T01:30:00.000Z',
          category: 'basic-living',
          need: null,
          urgency: 'normal',
          emergency: true,
          maskedName: null,
          matches: [],
          gridContact: null,
          hotline: '010-6512-3456',
          assistedBy: strange,
        },
        categoryTitle: 'C',
        centreName: 'N',
        language,
        localTime: '2026-11-28 09:30',
      });
      const lines = printedLines(document);
      const words = receiptResource(language);
      expect(lines).toContain(word(words, 'assistedBy').replace('{{staffName}}', strange));
      expect(lines).toContain(word(words, 'emergencyTitle'));
      expect(lines).toContain(word(words, 'emergencySent'));
      expect(lines).toContain(`${word(words, 'need')} | ${word(words, 'somethingElse')}`);
    }
  });
});
