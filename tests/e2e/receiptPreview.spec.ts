// Demo mode: the result and status screens offer a tester or trainer a look at the newest receipt
// exactly as the simulated printer decoded it; outside demo mode there is no such control.
import type { Page } from '@playwright/test';
import { expect, test } from './support/kioskFixture.js';
import { findElderlyViolations } from './support/elderlyChecks.js';
import { checkByDigits, submitByPhone } from './support/freshRequest.js';
import { demoReceipts, firstNeed, openKiosk, typeOnPad } from './support/kioskPage.js';
import { chooseKioskPlace } from './support/askPlace.js';

/** "Ask for help" by phone, up to the result screen with its receipt printed. */
async function askByPhone(page: Page): Promise<string> {
  await page.getByTestId('journey-askForHelp').click();
  await page.getByTestId('category-basic-living').click();
  await (await firstNeed(page)).click();
  await page.getByTestId('urgency-normal').click();
  await page.getByTestId('card-fallback').click();
  await typeOnPad(page, '13800138000');
  await page.getByTestId('phone-next').click();
  await page.getByTestId('name-skip').click();
  await chooseKioskPlace(page);
  await page.getByTestId('confirm-submit').click();
  await expect(page.getByTestId('ask-result')).toBeVisible();
  return (await page.getByTestId('ticket-number').textContent()) ?? '';
}

/** The preview's lines, as shown (an empty line holds a no-break space to keep its height). */
async function shownLines(page: Page): Promise<string[]> {
  return page.getByTestId('paper-lines').locator('li').allTextContents();
}

test('after asking for help, the preview shows the receipt the printer got', async ({
  page,
  kiosk,
}) => {
  await openKiosk(page, kiosk);
  const ticket = await askByPhone(page);
  await expect(page.getByTestId('receipt-outcome')).toHaveAttribute('data-receipt', 'printed');
  const open = page.getByTestId('demo-receipt-open');
  await expect(open).toHaveText('看看打印的小票');
  expect(await findElderlyViolations(page)).toEqual([]);
  await open.click();

  await expect(page.getByTestId('receipt-preview')).toBeVisible();
  const printed = (await demoReceipts(page)).at(-1);
  if (!printed) throw new Error('the simulated printer has no receipt');
  expect(await shownLines(page)).toEqual(printed.lines.map((line) => line || '\u00a0'));
  await expect(page.getByTestId('paper-lines')).toContainText(ticket);
  const qr = page.getByTestId('paper-qr');
  await expect(qr).toHaveCount(printed.qrPayloads.length);
  await expect(qr.first()).toContainText(printed.qrPayloads[0] ?? '<none>');
  await expect(qr.first().locator('svg')).toBeVisible();
  const lineStyle = await page
    .getByTestId('paper-lines')
    .locator('li')
    .first()
    .evaluate((el) => ({
      size: parseFloat(getComputedStyle(el).fontSize),
      family: getComputedStyle(el).fontFamily,
    }));
  expect(lineStyle.size).toBeGreaterThanOrEqual(24);
  expect(lineStyle.family).toMatch(/mono/i);
  expect(await findElderlyViolations(page)).toEqual([]);

  // Back returns to the result; Home ends the visit as Done would.
  await page.getByTestId('nav-back').click();
  await expect(page.getByTestId('ticket-number')).toHaveText(ticket);
  await page.getByTestId('demo-receipt-open').click();
  await expect(page.getByTestId('receipt-preview')).toBeVisible();
  await page.getByTestId('nav-home').click();
  await expect(page.getByTestId('journey-askForHelp')).toBeVisible();
  await expect(page.locator('body')).not.toContainText(ticket);
});

test('from the status screen, the preview shows the progress slip just printed', async ({
  page,
  kiosk,
}) => {
  await openKiosk(page, kiosk);
  const { ticket, lookupCode } = await submitByPhone(page);
  await checkByDigits(page, ticket);
  await page.getByTestId('print-slip').click();
  await expect(page.getByTestId('slip-outcome')).toHaveAttribute('data-receipt', 'printed');
  await page.getByTestId('demo-receipt-open').click();

  await expect(page.getByTestId('receipt-preview')).toBeVisible();
  const lines = page.getByTestId('paper-lines');
  await expect(lines).toContainText('办理进度单');
  await expect(lines).toContainText(ticket);
  await expect(lines).toContainText('已受理');
  await expect(page.getByTestId('paper-qr')).toContainText(lookupCode);
  await expect(page.getByTestId('paper-cut')).toBeVisible();
  expect(await findElderlyViolations(page)).toEqual([]);
  await page.getByTestId('nav-back').click();
  await expect(page.getByTestId('status-ticket')).toContainText(ticket);
});

test('the preview speaks the visit’s language', async ({ page, kiosk }) => {
  await openKiosk(page, kiosk);
  const { ticket } = await submitByPhone(page);
  await page.getByTestId('language-en').click();
  await checkByDigits(page, ticket);
  await expect(page.getByTestId('demo-receipt-open')).toHaveText('See the printed receipt');
  await page.getByTestId('demo-receipt-open').click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('What the printer received');
  await expect(page.getByTestId('paper-lines')).toContainText(ticket);
  expect(await findElderlyViolations(page)).toEqual([]);
});

test.describe('without a simulated printer', () => {
  test.use({ kioskEnv: { KIOSK_PRINTER: 'tcp://127.0.0.1:9' } });

  test('the preview says plainly that there is nothing to show', async ({ page, kiosk }) => {
    await openKiosk(page, kiosk);
    const { ticket } = await submitByPhone(page);
    await checkByDigits(page, ticket);
    await page.getByTestId('demo-receipt-open').click();
    await expect(page.getByTestId('receipt-preview-failed')).toContainText('看不到打印的小票');
    await expect(page.getByTestId('nav-back')).toBeVisible();
    await expect(page.getByTestId('nav-home')).toBeVisible();
    expect(await findElderlyViolations(page)).toEqual([]);
  });
});

test.describe('outside demo mode', () => {
  // A production kiosk with a provisioned directory.json (without one it would offer no needs).
  test.use({ kioskMode: 'production' });

  test('neither the result nor the status screen offers the preview', async ({ page, kiosk }) => {
    await openKiosk(page, kiosk);
    const ticket = await askByPhone(page);
    await expect(page.getByTestId('done')).toBeVisible();
    await expect(page.getByTestId('demo-receipt-open')).toHaveCount(0);
    await page.getByTestId('done').click();
    await checkByDigits(page, ticket);
    await expect(page.getByTestId('print-slip')).toBeVisible();
    await expect(page.getByTestId('demo-receipt-open')).toHaveCount(0);
  });
});
