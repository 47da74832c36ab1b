// When the receipt cannot be printed, the request is still saved and the screen shows the
// receipt's content in large print and says the printer needs staff; a progress slip that cannot
// be printed says so too.
import { expect, test } from './support/kioskFixture.js';
import { findElderlyViolations } from './support/elderlyChecks.js';
import { checkByDigits, submitByPhone } from './support/freshRequest.js';
import { callKiosk, firstNeed, openKiosk, ticketDigits, typeOnPad } from './support/kioskPage.js';
import { chooseKioskPlace } from './support/askPlace.js';

// A network printer that is not there: nothing listens on the discard port of loopback.
test.use({ kioskEnv: { KIOSK_PRINTER: 'tcp://127.0.0.1:9' } });

test('no printer: the receipt is on screen, the request saved', async ({ page, kiosk }) => {
  await openKiosk(page, kiosk);
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

  await expect(page.getByTestId('receipt-outcome')).toHaveAttribute('data-receipt', 'not-printed', {
    timeout: 20_000,
  });
  await expect(page.getByTestId('receipt-outcome')).toContainText('打印机需要工作人员处理');
  await expect(page.getByTestId('receipt-outcome')).toContainText('已经保存');
  const ticket = (await page.getByTestId('ticket-number').textContent()) ?? '';
  const size = await page
    .getByTestId('ticket-number')
    .evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
  expect(size).toBeGreaterThanOrEqual(72);
  // The QR code makes the receipt taller: the pager measures again, and who to call is a tap
  // on "更多" away rather than pushed out of sight (who can help is drawn a frame after).
  await expect(async () => {
    const more = page.getByTestId('pager-more');
    if ((await more.count()) > 0 && (await more.isEnabled())) await more.click();
    await expect(page.getByTestId('receipt')).toContainText('服务热线', { timeout: 1_000 });
  }).toPass({ timeout: 15_000 });
  const previous = page.getByTestId('pager-previous');
  while ((await previous.count()) > 0 && (await previous.isEnabled())) await previous.click();
  // The QR code the receipt would have carried is on screen instead, as a real image.
  const qrWidth = await page
    .getByTestId('receipt-qr')
    .locator('img')
    .evaluate((img: HTMLImageElement) => (img.complete ? img.naturalWidth : 0));
  expect(qrWidth).toBeGreaterThan(0);
  expect(await findElderlyViolations(page)).toEqual([]);
  // Saved all the same.
  const status = await callKiosk<{ ticket: string; stage: string }>(page, 'getRequestStatus', {
    ticket: ticketDigits(ticket),
  });
  expect(status).toMatchObject({ ticket, stage: 'accepted' });
});

test('no printer: the progress slip says plainly that the printer needs staff', async ({
  page,
  kiosk,
}) => {
  await openKiosk(page, kiosk);
  const { ticket } = await submitByPhone(page);
  await checkByDigits(page, ticket);
  await page.getByTestId('print-slip').click();
  const outcome = page.getByTestId('slip-outcome');
  await expect(outcome).toHaveAttribute('data-receipt', 'not-printed', { timeout: 20_000 });
  await expect(outcome).toContainText('打印机需要工作人员处理');
  await expect(outcome).toContainText('办理进度就在屏幕上');
  // The progress itself stays on screen, and the button can be tried again.
  await expect(page.getByTestId('status-ticket')).toContainText(ticket);
  await expect(page.getByTestId('stage-accepted')).toContainText('已受理');
  await expect(page.getByTestId('print-slip')).toBeEnabled();
  expect(await findElderlyViolations(page)).toEqual([]);
});
