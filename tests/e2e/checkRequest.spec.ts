// "Check my request" by the ticket's digits (the stage only) and then the phone's last four digits
// (everything), by a keyboard-wedge scan of the receipt's QR code and by ID card; guessing is
// answered in plain words; a progress slip from the status screen; and rating a finished request.
import { expect, test } from './support/kioskFixture.js';
import { findElderlyViolations } from './support/elderlyChecks.js';
import { checkByDigits, phoneLastFour, submitByPhone } from './support/freshRequest.js';
import {
  demoReceipts,
  firstNeed,
  layDemoCard,
  liftDemoCard,
  openKiosk,
  scanWithWedge,
  ticketDigits,
  typeOnPad,
} from './support/kioskPage.js';
import { chooseKioskPlace } from './support/askPlace.js';
import { advanceRequest } from './support/statusCache.js';

test('by the ticket digits: the stage with its date; the phone’s last four digits show the rest', async ({
  page,
  kiosk,
}) => {
  await openKiosk(page, kiosk);
  const { ticket } = await submitByPhone(page);
  await page.getByTestId('journey-checkRequest').click();
  await expect(page.getByTestId('check-menu')).toBeVisible();
  expect(await findElderlyViolations(page)).toEqual([]);
  await page.getByTestId('check-by-digits').click();
  expect(await findElderlyViolations(page)).toEqual([]);
  await expect(page.getByTestId('ticket-find')).toBeDisabled();
  await typeOnPad(page, ticketDigits(ticket));
  await expect(page.getByTestId('ticket-display')).toHaveText(
    `${ticketDigits(ticket).slice(0, 4)} ${ticketDigits(ticket).slice(4)}`,
  );
  await page.getByTestId('ticket-find').click();

  await expect(page.getByTestId('status-ticket')).toContainText(ticket);
  const accepted = page.getByTestId('stage-accepted');
  await expect(accepted).toContainText('已受理');
  await expect(accepted).toHaveAttribute('data-state', 'current');
  await expect(accepted).toContainText(/\d{4}年\d{1,2}月\d{1,2}日/);
  await expect(page.getByTestId('stage-in-progress')).toContainText('处理中');
  await expect(page.getByTestId('stage-in-progress')).toContainText('还没到');
  await expect(page.getByTestId('stage-done')).toContainText('已完成');
  await expect(page.getByTestId('last-updated')).toContainText('信息更新于');
  // Eight digits anyone could type: the stage, and nothing about the request itself.
  await expect(page.getByTestId('status-stage-only')).toContainText('手机号后4位');
  await expect(page.getByTestId('handler-note')).toHaveCount(0);
  await expect(page.getByTestId('print-slip')).toHaveCount(0);
  await expect(page.getByTestId('rate-open')).toHaveCount(0);
  expect(await findElderlyViolations(page)).toEqual([]);

  await page.getByTestId('unlock-open').click();
  await expect(page.getByTestId('check-unlock')).toBeVisible();
  expect(await findElderlyViolations(page)).toEqual([]);
  await expect(page.getByTestId('phone-digits-open')).toBeDisabled();
  // A large pad: every key at least 60×60 px (the elderly rules), for four digits only.
  const key = await page.getByTestId('digit-5').boundingBox();
  expect(key?.width ?? 0).toBeGreaterThanOrEqual(60);
  expect(key?.height ?? 0).toBeGreaterThanOrEqual(60);
  await typeOnPad(page, `${phoneLastFour}9`);
  await expect(page.getByTestId('phone-digits-display')).toHaveText(
    phoneLastFour.split('').join(' '),
  );
  await page.getByTestId('phone-digits-open').click();
  await expect(page.getByTestId('status-ticket')).toContainText(ticket);
  await expect(page.getByTestId('handler-note')).toContainText('暂时还没有说明');
  await expect(page.getByTestId('print-slip')).toBeVisible();
  expect(await findElderlyViolations(page)).toEqual([]);
});

test('wrong phone digits are explained, and guessing stops after a few tries', async ({
  page,
  kiosk,
}) => {
  await openKiosk(page, kiosk);
  const { ticket } = await submitByPhone(page);
  await page.getByTestId('journey-checkRequest').click();
  await page.getByTestId('check-by-digits').click();
  await typeOnPad(page, ticketDigits(ticket));
  await page.getByTestId('ticket-find').click();
  await page.getByTestId('unlock-open').click();
  for (const wrong of ['0000', '1111', '2222', '3333', '4444']) {
    await typeOnPad(page, wrong);
    await page.getByTestId('phone-digits-open').click();
    await expect(page.getByTestId('lookup-error')).toHaveAttribute('data-reason', 'proof-wrong');
  }
  await expect(page.getByTestId('lookup-error')).toContainText('这4位数字对不上');
  expect(await findElderlyViolations(page)).toEqual([]);
  // The right digits now wait: the kiosk stops answering guesses for a minute, and says so.
  await typeOnPad(page, phoneLastFour);
  await page.getByTestId('phone-digits-open').click();
  await expect(page.getByTestId('lookup-error')).toHaveAttribute('data-reason', 'too-many-tries');
  await expect(page.getByTestId('lookup-error')).toContainText('试了太多次，请等一分钟再试');
  await expect(page.getByTestId('check-unlock')).toBeVisible();
  expect(await findElderlyViolations(page)).toEqual([]);
});

test('a number that does not exist is explained in plain words', async ({ page, kiosk }) => {
  await openKiosk(page, kiosk);
  await page.getByTestId('journey-checkRequest').click();
  await page.getByTestId('check-by-digits').click();
  await typeOnPad(page, '99999999');
  await page.getByTestId('ticket-find').click();
  await expect(page.getByTestId('lookup-error')).toContainText('没找到这个编号');
  await expect(page.getByTestId('check-ticket')).toBeVisible();
  expect(await findElderlyViolations(page)).toEqual([]);
});

test('a keyboard-wedge scan of the receipt QR opens the request; slow typing does not', async ({
  page,
  kiosk,
}) => {
  await openKiosk(page, kiosk);
  const { ticket, lookupCode } = await submitByPhone(page);
  // The code the receipt's QR carries, as the simulated printer decoded it.
  const qr = (await demoReceipts(page)).at(-1)?.qrPayloads[0];
  expect(qr).toBe(lookupCode);
  await page.getByTestId('journey-checkRequest').click();
  await expect(page.getByTestId('check-by-scan')).toBeVisible();

  // A person typing the same characters slowly is not a scan.
  await page.keyboard.type(lookupCode, { delay: 120 });
  await page.keyboard.press('Enter');
  await page.waitForTimeout(300);
  await expect(page.getByTestId('check-menu')).toBeVisible();

  // A receipt from somewhere else: plain words, and the menu stays.
  await scanWithWedge(page, 'A01-20000101-0999');
  await expect(page.getByTestId('lookup-error')).toContainText('没找到这个编号');

  // The scanner types the whole code in a burst and ends with Enter.
  await scanWithWedge(page, lookupCode);
  await expect(page.getByTestId('check-status')).toBeVisible();
  await expect(page.getByTestId('status-ticket')).toContainText(ticket);
  // The QR code's secret is proof enough: the whole request, with no digits asked.
  await expect(page.getByTestId('handler-note')).toBeVisible();
});

test('by ID card: the resident sees the requests made with that card', async ({ page, kiosk }) => {
  await openKiosk(page, kiosk);
  await page.getByTestId('journey-askForHelp').click();
  await page.getByTestId('category-basic-living').click();
  await (await firstNeed(page)).click();
  await page.getByTestId('urgency-normal').click();
  await layDemoCard(page, 'han-resident');
  await chooseKioskPlace(page);
  await page.getByTestId('confirm-submit').click();
  const ticket = (await page.getByTestId('ticket-number').textContent()) ?? '';
  await page.getByTestId('done').click();

  await page.getByTestId('journey-checkRequest').click();
  await page.getByTestId('check-by-card').click();
  await expect(page.getByTestId('check-card')).toBeVisible();
  // The visit was forgotten: the card must be placed again.
  await expect(page.getByTestId('use-visit-card')).toHaveCount(0);
  expect(await findElderlyViolations(page)).toEqual([]);
  await liftDemoCard(page); // the resident took the card away after the first journey
  await layDemoCard(page, 'han-resident');
  await expect(page.getByTestId('check-list')).toBeVisible();
  await expect(page.getByTestId(`request-${ticket}`)).toContainText('已受理');
  expect(await findElderlyViolations(page)).toEqual([]);
  await page.getByTestId(`request-${ticket}`).click();
  await expect(page.getByTestId('status-ticket')).toContainText(ticket);
  // The card the request was made with is proof enough.
  await expect(page.getByTestId('handler-note')).toBeVisible();
  await expect(page.getByTestId('print-slip')).toBeVisible();
});

test('a finished request can be rated; the rating is stored and shown next time', async ({
  page,
  kiosk,
}) => {
  await openKiosk(page, kiosk);
  const { ticket } = await submitByPhone(page);
  advanceRequest(kiosk, ticket, 'done', '师傅已经换好了灯泡。');
  await checkByDigits(page, ticket);
  await expect(page.getByTestId('stage-done')).toHaveAttribute('data-state', 'current');
  await expect(page.getByTestId('stage-in-progress')).toHaveAttribute('data-state', 'past');
  await expect(page.getByTestId('handler-note')).toContainText('师傅已经换好了灯泡。');
  await page.getByTestId('rate-open').click();

  await expect(page.getByTestId('rate')).toBeVisible();
  await expect(page.getByTestId('rate-submit')).toBeDisabled();
  expect(await findElderlyViolations(page)).toEqual([]);
  await page.getByTestId('star-4').click();
  await expect(page.getByTestId('stars-words')).toContainText('满意');
  await page.getByTestId('tag-fast').click();
  await page.getByTestId('tag-polite').click();
  await expect(page.getByTestId('tag-polite')).toHaveAttribute('aria-pressed', 'true');
  expect(await findElderlyViolations(page)).toEqual([]);
  await page.getByTestId('rate-submit').click();

  await expect(page.getByTestId('rated')).toContainText('谢谢您的评价');
  expect(await findElderlyViolations(page)).toEqual([]);
  await page.getByTestId('done').click();

  // Looked up afresh from the kiosk: the rating is there, and cannot be given twice.
  await checkByDigits(page, ticket);
  const rating = page.getByTestId('status-rating');
  await expect(rating.locator('[data-stars]')).toHaveAttribute('data-stars', '4');
  await expect(rating).toContainText('办得快');
  await expect(rating).toContainText('态度好');
  await expect(page.getByTestId('rate-open')).toHaveCount(0);
});

test("a progress slip prints from the status screen, in the visit's language", async ({
  page,
  kiosk,
}) => {
  await openKiosk(page, kiosk);
  const { ticket, lookupCode } = await submitByPhone(page);
  await checkByDigits(page, ticket);
  await expect(page.getByTestId('print-slip')).toHaveText('打印进度单');
  expect(await findElderlyViolations(page)).toEqual([]);

  const asked = page.waitForRequest((request) => request.url().endsWith('/api/printStatusSlip'));
  await page.getByTestId('print-slip').click();
  expect((await asked).postDataJSON()).toEqual({
    ticket: ticketDigits(ticket),
    proof: { kind: 'phone-last-four', digits: phoneLastFour },
    language: 'zh-CN',
  });
  const outcome = page.getByTestId('slip-outcome');
  await expect(outcome).toHaveAttribute('data-receipt', 'printed');
  await expect(outcome).toContainText('请取走');
  expect(await findElderlyViolations(page)).toEqual([]);
  // What the simulated printer got: the slip, with the ticket, its stage and its QR code.
  const slip = (await demoReceipts(page)).at(-1);
  const printed = slip?.lines.join('\n') ?? '';
  expect(printed).toContain('办理进度单');
  expect(printed).toContain(ticket);
  expect(printed).toContain('已受理');
  expect(slip?.qrPayloads).toEqual([lookupCode]);

  // The resident switches to English: the next slip is in English.
  await page.getByTestId('language-en').click();
  await expect(page.getByTestId('print-slip')).toHaveText('Print a progress slip');
  await page.getByTestId('print-slip').click();
  await expect
    .poll(async () => (await demoReceipts(page)).at(-1)?.lines.join('\n') ?? '')
    .toContain('Progress slip');
  const english = (await demoReceipts(page)).at(-1)?.lines.join('\n') ?? '';
  expect(english).toContain(ticket);
  expect(english).toContain('Accepted');
  await expect(page.getByTestId('slip-outcome')).toHaveAttribute('data-receipt', 'printed');
  await expect(page.getByTestId('slip-outcome')).toContainText('Please take your progress slip');
});
