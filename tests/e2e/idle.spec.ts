// Forgetting the resident: after inactivity (here shortened through the page address) a countdown,
// then home with nothing of theirs left on the page, in storage or in the visit's settings.
import { expect, test } from './support/kioskFixture.js';
import { findElderlyViolations } from './support/elderlyChecks.js';
import { firstNeed, openKiosk, typeOnPad } from './support/kioskPage.js';
import { chooseKioskPlace } from './support/askPlace.js';
import type { Page } from '@playwright/test';

async function toConfirmWithName(page: Page): Promise<void> {
  await page.getByTestId('journey-askForHelp').click();
  await page.getByTestId('category-basic-living').click();
  await (await firstNeed(page)).click();
  await page.getByTestId('urgency-normal').click();
  await page.getByTestId('card-fallback').click();
  await typeOnPad(page, '13800138000');
  await page.getByTestId('phone-next').click();
  await page.getByTestId('surname-zhao').click();
  await page.getByTestId('honorific-mr').click();
  await chooseKioskPlace(page);
  await expect(page.getByTestId('confirm-name')).toContainText('赵先生');
}

test('inactivity: a countdown, then home with the name and number gone', async ({
  page,
  kiosk,
}) => {
  // Long enough that a slow, loaded machine finishes the taps before the countdown starts.
  test.setTimeout(60_000);
  await openKiosk(page, kiosk, '?idleMs=4000&warnMs=3000');
  await page.getByTestId('language-zh-TW').click();
  await page.getByTestId('language-zh-CN').click();
  await page.getByTestId('text-size-large').click();
  await toConfirmWithName(page);

  const warning = page.getByTestId('idle-warning');
  await expect(warning).toBeVisible({ timeout: 10_000 });
  await expect(page.getByTestId('idle-seconds')).toContainText(/[1-3] 秒后回到首页/);
  expect(await findElderlyViolations(page)).toEqual([]);
  await expect(warning).toHaveCount(0, { timeout: 6_000 });

  await expect(page.getByTestId('journey-askForHelp')).toBeVisible();
  const html = await page.content();
  expect(html).not.toContain('赵先生');
  expect(html).not.toContain('138 0013 8000');
  expect(html).not.toContain('13800138000');
  expect(await page.evaluate(() => window.sessionStorage.length + window.localStorage.length)).toBe(
    0,
  );
  // endVisit restored the kiosk's defaults for the next resident.
  await expect(page.getByTestId('text-size-standard')).toHaveAttribute('aria-pressed', 'true');
  // A new journey starts empty.
  await page.getByTestId('journey-askForHelp').click();
  await page.getByTestId('category-basic-living').click();
  await (await firstNeed(page)).click();
  await page.getByTestId('urgency-normal').click();
  await page.getByTestId('card-fallback').click();
  await expect(page.getByTestId('phone-display')).toHaveText('请输入手机号');
});

test('"I need more time" keeps everything and starts the wait again', async ({ page, kiosk }) => {
  test.setTimeout(60_000);
  await openKiosk(page, kiosk, '?idleMs=4000&warnMs=4000');
  await toConfirmWithName(page);
  await expect(page.getByTestId('idle-warning')).toBeVisible({ timeout: 10_000 });
  await page.getByTestId('idle-more-time').click();
  await expect(page.getByTestId('idle-warning')).toHaveCount(0);
  await expect(page.getByTestId('confirm-name')).toContainText('赵先生');
  // The wait starts over: the warning comes back later, not at once.
  await page.waitForTimeout(800);
  await expect(page.getByTestId('idle-warning')).toHaveCount(0);
  await expect(page.getByTestId('idle-warning')).toBeVisible({ timeout: 10_000 });
});

test('touching the screen keeps the visit going; the home screen alone never counts down', async ({
  page,
  kiosk,
}) => {
  // Taps 600 ms apart against a 2.5 s wait: a loaded machine still keeps well inside it.
  await openKiosk(page, kiosk, '?idleMs=2500&warnMs=3000');
  await page.waitForTimeout(3500);
  await expect(page.getByTestId('idle-warning')).toHaveCount(0);
  await page.getByTestId('journey-askForHelp').click();
  for (let i = 0; i < 4; i += 1) {
    await page.waitForTimeout(600);
    await page.getByRole('heading', { level: 1 }).click();
  }
  await expect(page.getByTestId('idle-warning')).toHaveCount(0);
  await expect(page.getByTestId('ask-category')).toBeVisible();
});
