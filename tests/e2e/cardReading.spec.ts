// The ID card in the UI (issue 5's "flow in the UI"): place a card → read → "please take your
// card" and the form filled with the masked number; a card that fails its check digit → plain
// words and the phone-number way on.
import { expect, test } from './support/kioskFixture.js';
import { findElderlyViolations } from './support/elderlyChecks.js';
import { firstNeed, fullIdNumber, idNumberEverShown, openKiosk } from './support/kioskPage.js';
import { chooseKioskPlace } from './support/askPlace.js';
import type { Page } from '@playwright/test';

async function toCardScreen(page: Page): Promise<void> {
  await page.getByTestId('journey-askForHelp').click();
  await page.getByTestId('category-basic-living').click();
  await (await firstNeed(page)).click();
  await page.getByTestId('urgency-normal').click();
  await expect(page.getByTestId('ask-who')).toBeVisible();
}

test('a demo card fills the form with the masked number only', async ({ page, kiosk }) => {
  await openKiosk(page, kiosk);
  await toCardScreen(page);
  await expect(page.getByTestId('card-status')).toContainText('等您放身份证');
  expect(await findElderlyViolations(page)).toEqual([]);
  // The demo control is discreet but still a full touch target.
  const demo = await page.getByTestId('demo-cards').boundingBox();
  expect(demo?.width).toBeGreaterThanOrEqual(60);
  expect(demo?.height).toBeGreaterThanOrEqual(60);
  await page.getByTestId('demo-cards').click();
  await expect(page.locator('[data-testid^="demo-card-"]')).toHaveCount(6);
  expect(await findElderlyViolations(page)).toEqual([]);
  await page.getByTestId('demo-card-han-resident').click();
  await chooseKioskPlace(page);

  await expect(page.getByTestId('ask-confirm')).toBeVisible();
  await expect(page.getByTestId('confirm-id')).toContainText('110105********1236');
  await expect(page.getByTestId('confirm-name')).toContainText('张伟');
  // "Please take your card" while it is still on the reader; the demo lifts it after a moment.
  await expect(page.getByTestId('take-card')).toContainText('请取走');
  await expect(page.getByTestId('take-card')).toHaveCount(0, { timeout: 10_000 });
  expect(await findElderlyViolations(page)).toEqual([]);
  expect(await page.content()).not.toMatch(fullIdNumber);
  expect(await idNumberEverShown(page)).toBe('');

  await page.getByTestId('confirm-submit').click();
  await expect(page.getByTestId('ask-result')).toBeVisible();
  expect(await idNumberEverShown(page)).toBe('');
});

test('a card with a bad check digit: plain words, try again, or go on by phone', async ({
  page,
  kiosk,
}) => {
  await openKiosk(page, kiosk);
  await toCardScreen(page);
  await page.getByTestId('demo-cards').click();
  await page.getByTestId('demo-card-bad-check-digit').click();

  const error = page.getByTestId('card-error');
  await expect(error).toContainText('这张证件在这里用不了');
  await expect(error).toContainText('用手机号继续');
  await expect(page.getByTestId('card-retry')).toBeVisible();
  await expect(page.getByTestId('card-fallback')).toContainText('用手机号');
  expect(await findElderlyViolations(page)).toEqual([]);
  expect(await idNumberEverShown(page)).toBe('');

  await page.getByTestId('card-fallback').click();
  await expect(page.getByTestId('ask-phone')).toBeVisible();
});

test('a card read once is offered again later in the visit', async ({ page, kiosk }) => {
  await openKiosk(page, kiosk);
  await toCardScreen(page);
  await page.getByTestId('demo-cards').click();
  await page.getByTestId('demo-card-minority-resident').click();
  await chooseKioskPlace(page);
  await expect(page.getByTestId('confirm-name')).toContainText('阿依古丽');
  await page.getByTestId('nav-back').click(); // to the place
  await page.getByTestId('nav-back').click(); // to who is asking
  await expect(page.getByTestId('use-visit-card')).toContainText('阿依古丽');
  await page.getByTestId('use-visit-card').click();
  await chooseKioskPlace(page);
});
