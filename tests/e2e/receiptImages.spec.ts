// Renders a request receipt to ESC/POS, decodes the bytes back with the virtual printer and saves
// what a resident would hold, at 58 mm and 80 mm, as PNG artifacts.
import { mkdirSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import {
  VirtualPrinter,
  paper58,
  paper80,
  receiptText,
  renderReceipt,
  renderReceiptHtml,
} from '../../hardware/printer/index.js';
import { sampleRequestReceipt } from '../support/sampleRequestReceipt.js';

const artifactsDir = 'test-results/artifacts';

for (const paper of [paper58, paper80]) {
  test(`a decoded ${paper.widthMm} mm request receipt is saved as a picture`, async ({ page }) => {
    mkdirSync(artifactsDir, { recursive: true });
    const printer = new VirtualPrinter();
    printer.receive(renderReceipt(sampleRequestReceipt('zh-CN'), { paper }));
    const receipt = printer.lastReceipt;
    if (!receipt) throw new Error('the virtual printer decoded nothing');
    expect(receiptText(receipt)).toContain('A03-1128-0042');
    await page.setContent(renderReceiptHtml(receipt, { paper, lang: 'zh-CN' }));
    await page.evaluate(() => document.fonts.ready);
    await page
      .locator('body')
      .screenshot({ path: `${artifactsDir}/receipt-${paper.widthMm}mm.png` });
    await expect(page.locator('body')).toContainText('幸福里社区服务中心');
  });
}
