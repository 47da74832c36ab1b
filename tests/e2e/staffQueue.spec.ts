// Staff looking after the queue and the printer at the kiosk's own screen. A request refused by
// the strict reference centre (filed, by a typo in service-mapping.json, under MEALS, whose
// required `diet` nobody was asked) is opened in the upload queue — every error, the phone
// masked — refiled under WTR-LEAK and resent, and the centre then holds it once. A receipt that
// did not print for want of paper is reprinted once the paper is back, marked as a reprint by
// the staff member on paper. A second refused request is cancelled, and the resident reads why
// at look-up. Both screens are measured against the elderly-first rules, with the
// staff-only allowance of 44×44 px targets.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { VirtualPrinter, listenTcp, receiptText } from '../../hardware/printer/index.js';
import { parseFactsLine } from '../../upstream/wire/factsLine.js';
import { startCentreProcess } from '../support/centreProcess.js';
import { startHostProcess } from '../support/startHostProcess.js';
import { findElderlyViolations } from './support/elderlyChecks.js';
import { expect, test } from './support/kioskFixture.js';
import { openKiosk, ticketDigits, typeOnPad } from './support/kioskPage.js';
import { addStaff, callHost, signInAsStaff } from './support/staffDesk.js';

const staffLimits = { minTarget: 44, minTextPx: 24, minContrast: 7 };
const jurisdiction = 'xingfuli';

test('refused requests: one corrected in the staff screen, resent and accepted, one cancelled and its reason read at look-up', async ({
  page,
}) => {
  test.setTimeout(120_000);
  const root = mkdtempSync(join(tmpdir(), 'kiosk-e2e-staffqueue-'));
  const dataDir = join(root, 'kiosk');
  mkdirSync(dataDir, { recursive: true });
  writeFileSync(
    join(dataDir, 'service-mapping.json'),
    JSON.stringify({ needs: { 'pipe-leak': 'MEALS' } }),
  );
  const centre = await startCentreProcess(join(root, 'centre'), {
    CENTRE_STRICT: '1',
    CENTRE_JURISDICTIONS: jurisdiction,
    CENTRE_TOKEN_CHANCE: '0',
  });
  const place = { KIOSK_DATA_DIR: dataDir, KIOSK_ADDRESS: '幸福里路8号社区服务中心大厅' };
  try {
    // Saved while the platform could not be reached: no catalogue, so no questions asked.
    const offline = await startHostProcess({ ...place, KIOSK_UPSTREAM_URL: 'http://127.0.0.1:9/' });
    const saved = await callHost<{ ticket: string }>(offline, 'submitRequest', {
      category: 'basic-living',
      needId: 'pipe-leak',
      description: '阳台水管爆了',
      urgency: 'urgent',
      contact: { phone: '13812345678' },
      language: 'zh-CN',
      location: { kind: 'typed', building: '幸福里小区5号楼', room: '1单元302' },
    });
    const withdrawn = await callHost<{ ticket: string }>(offline, 'submitRequest', {
      category: 'basic-living',
      needId: 'pipe-leak',
      description: '厨房水管漏水',
      urgency: 'normal',
      contact: { phone: '13812345678' },
      language: 'zh-CN',
      location: { kind: 'typed', building: '幸福里小区5号楼', room: '1单元302' },
    });
    await offline.stop();
    const kiosk = await startHostProcess({
      ...place,
      KIOSK_UPSTREAM_URL: centre.url,
      KIOSK_UPSTREAM_API_KEY: centre.apiKey,
      KIOSK_UPSTREAM_JURISDICTION: jurisdiction,
    });
    try {
      addStaff(kiosk, 'wang.li', '王丽');
      // The centre refuses it as soon as the kiosk sends it.
      await expect
        .poll(
          async () =>
            (await callHost<{ upstream: { deadLetters: number } }>(kiosk, 'getKioskInfo', {}))
              .upstream.deadLetters,
          { timeout: 20_000 },
        )
        .toBe(2);
      await openKiosk(page, kiosk);
      await signInAsStaff(page);
      await page.getByTestId('staff-upload-queue').click();
      await expect(page.getByTestId('staff-queue-counts')).toContainText('被拒 2');
      const line = page.locator(`[data-testid="staff-queue-line"][data-ticket="${saved.ticket}"]`);
      await expect(line).toHaveAttribute('data-state', 'dead');
      await line.getByTestId('staff-queue-open').click();

      const errors = page.getByTestId('staff-entry-error');
      await expect(errors).toHaveCount(2);
      await expect(errors.nth(1)).toContainText('attribute[diet] is required.');
      await expect(page.getByTestId('staff-entry-phone')).toContainText('138****5678');
      await expect(page.getByTestId('staff-entry-mapping')).toContainText('MEALS');
      await expect(page.getByTestId('staff-queue-entry')).not.toContainText('13812345678');
      expect(await findElderlyViolations(page, staffLimits)).toEqual([]);

      await page.getByTestId('staff-service-WTR-LEAK').click();
      await page.getByTestId('staff-resend').click();
      await expect(page.getByTestId('staff-entry-done')).toContainText(saved.ticket);

      // Accepted once, under the service staff chose, with the same ticket.
      const url = new URL('requests.json', centre.url);
      url.searchParams.set('jurisdiction_id', jurisdiction);
      url.searchParams.set('api_key', centre.apiKey);
      const centreTickets = async (ticket: string) => {
        const records = (await (await fetch(url)).json()) as {
          service_code: string;
          description: string;
        }[];
        return records
          .filter((record) => parseFactsLine(record.description)?.ticket === ticket)
          .map((record) => record.service_code);
      };
      await expect
        .poll(() => centreTickets(saved.ticket), { timeout: 20_000 })
        .toEqual(['WTR-LEAK']);
      await page.getByTestId('staff-entry-close').click();

      // The other one the resident withdrew by phone: cancelled with that reason and a note.
      await page
        .locator(`[data-testid="staff-queue-line"][data-ticket="${withdrawn.ticket}"]`)
        .getByTestId('staff-queue-open')
        .click();
      await page.getByTestId('staff-cancel-reason-resident-withdrew').click();
      await page.getByTestId('staff-cancel-note').fill('居民来电撤回');
      await page.getByTestId('staff-cancel-confirm').click();
      await expect(page.getByTestId('staff-entry-done')).toContainText(withdrawn.ticket);
      await page.getByTestId('staff-entry-close').click();
      await expect(page.getByTestId('staff-queue-empty')).toBeVisible({ timeout: 15_000 });
      await page.getByTestId('nav-home').click();
      await page.getByTestId('staff-sign-out').click();

      // The resident looks it up: the reason with the ticket alone, staff's words with the phone.
      await page.getByTestId('journey-checkRequest').click();
      await page.getByTestId('check-by-digits').click();
      await typeOnPad(page, ticketDigits(withdrawn.ticket));
      await page.getByTestId('ticket-find').click();
      const cancelled = page.getByTestId('status-cancelled');
      await expect(cancelled).toContainText('工作人员已取消这项需求');
      await expect(cancelled).toContainText('您（或家人）撤回了这项需求。');
      await expect(cancelled).not.toContainText('居民来电撤回');
      expect(await findElderlyViolations(page)).toEqual([]);
      await page.getByTestId('unlock-open').click();
      await typeOnPad(page, '5678');
      await page.getByTestId('phone-digits-open').click();
      await expect(page.getByTestId('status-cancelled')).toContainText('居民来电撤回');
      expect(await centreTickets(withdrawn.ticket)).toEqual([]);
    } finally {
      await kiosk.stop();
    }
  } finally {
    await centre.stop();
    rmSync(root, { recursive: true, force: true });
  }
});

test('a receipt that did not print for want of paper is reprinted once paper is back', async ({
  page,
}) => {
  test.setTimeout(90_000);
  const printer = new VirtualPrinter({ condition: { paperOut: true } });
  const server = await listenTcp(printer);
  const kiosk = await startHostProcess({ KIOSK_PRINTER: `tcp://127.0.0.1:${server.port}` });
  try {
    addStaff(kiosk, 'wang.li', '王丽');
    const saved = await callHost<{ ticket: string; receipt: { jobId: string } }>(
      kiosk,
      'submitRequest',
      {
        category: 'basic-living',
        needId: null,
        description: '楼道灯坏了',
        urgency: 'normal',
        contact: { phone: '13800138000' },
        language: 'zh-CN',
      },
    );
    await expect
      .poll(
        async () =>
          (
            await callHost<{ state: string; problem: string | null }>(kiosk, 'getReceiptOutcome', {
              jobId: saved.receipt.jobId,
            })
          ).problem,
        { timeout: 20_000 },
      )
      .toBe('paper-out');

    printer.setCondition({ paperOut: false });
    await openKiosk(page, kiosk);
    await signInAsStaff(page);
    await page.getByTestId('staff-requests-button').click();
    const failed = page.locator(
      `[data-testid="staff-failed-print"][data-ticket="${saved.ticket}"]`,
    );
    await expect(failed).toContainText('paper-out');
    expect(await findElderlyViolations(page, staffLimits)).toEqual([]);
    await failed.getByTestId('staff-reprint').click();
    await expect(failed.getByTestId('staff-reprint-outcome')).toHaveAttribute(
      'data-receipt',
      'printed',
      { timeout: 20_000 },
    );
    const [reprinted] = await printer.waitForReceipts(1, 10_000);
    if (!reprinted) throw new Error('nothing reached the printer');
    const text = receiptText(reprinted).replace(/\n/g, ' ');
    expect(text).toContain('补打 · 工作人员 王丽 ·');
    expect(text).toContain(saved.ticket);

    // The request's details say it was reprinted; nothing failed is left.
    await page.getByTestId('nav-home').click();
    await page.getByTestId('staff-requests-button').click();
    await expect(page.getByTestId('staff-failed-print')).toHaveCount(0);
    await page
      .locator(`[data-testid="staff-request"][data-ticket="${saved.ticket}"]`)
      .getByTestId('staff-request-open')
      .click();
    await expect(
      page.locator('[data-testid="staff-request-print"][data-state="reprinted"]'),
    ).toHaveCount(1);
    expect(await findElderlyViolations(page, staffLimits)).toEqual([]);
  } finally {
    await kiosk.stop();
    await server.close();
  }
});
