// Receipts like the journeys print, for round-trip tests. Names are masked and no ID number
// appears, as on real receipts.
import { keep } from '../../../../../hardware/printer/document/receiptDocument.js';
import { ReceiptBuilder } from '../../../../../hardware/printer/document/receiptBuilder.js';
import type { ReceiptDocument } from '../../../../../hardware/printer/document/receiptDocument.js';

export const lookUpCode = 'https://svc.example.cn/r/K7Q4-2M9X';

export function serviceRequestReceipt(): ReceiptDocument {
  return new ReceiptBuilder()
    .title('幸福里社区服务中心')
    .text('服务申请回执', { align: 'center', bold: true })
    .separator()
    .row('受理编号', keep('A03-0012'), { bold: true })
    .row('申请人', '张*明')
    .row('事项', '老年人优待证办理')
    .row('受理时间', '2025-03-14 09:41')
    .row('手续费', '¥0.00')
    .separator()
    .text([
      '请保管好本回执。如需查询办理进度，请扫描下方二维码，或致电社区服务热线 ',
      keep('010-6512-3456'),
      '（工作日 8:30–17:30）。',
    ])
    .text('联系人手机：138 0013 8000，街道办：(010)87654321。')
    .feed()
    .text('您的号码', { align: 'center' })
    .text(keep('A03-0012'), { align: 'center', width: 3, height: 3, bold: true })
    .qr(lookUpCode)
    .text('扫码查询办理进度', { align: 'center' })
    .feed(2)
    .build();
}

export function englishStatusSlip(): ReceiptDocument {
  return new ReceiptBuilder()
    .title('Community Service Centre', { width: 1, height: 2 })
    .separator('=')
    .row('Ticket', keep('A03-0013'))
    .row('Status', 'In progress: waiting for the street office to approve')
    .text(
      'Call the hotline 010-6512-3456 or our mobile +86 139 1234 5678 if anything is unclear. ' +
        'Supercalifragilisticexpialidociouslylongwordthatmustbreak.',
    )
    .qr('K7Q4-2M9X', { errorCorrection: 'Q' })
    .cut('full')
    .build();
}

export function emergencyReceipt(): ReceiptDocument {
  return new ReceiptBuilder()
    .title('紧急求助已登记', { width: 2, height: 2 })
    .text('工作人员将尽快与您联系。请在大厅等候，或拨打值班电话：', { width: 2, height: 2 })
    .text(keep('13800138000'), { width: 2, height: 2, bold: true, align: 'center' })
    .text('编号 A03-0099', { align: 'right' })
    .build();
}

export const sampleReceipts = {
  serviceRequestReceipt,
  englishStatusSlip,
  emergencyReceipt,
} as const;

/** A very long receipt, so a link can fail while the job is still being written. */
export function longReceipt(lines: number): ReceiptDocument {
  const builder = new ReceiptBuilder().title('办理记录');
  for (let i = 1; i <= lines; i += 1) {
    builder.row(`第${i}项 社区服务事项`, `已受理 ${String(i).padStart(5, '0')}`);
  }
  return builder.qr(lookUpCode).build();
}
