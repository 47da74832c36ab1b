// Staff assisted-entry mode on the real page: the hidden corner held for three seconds opens the
// PIN pad, the right PIN shows the banner with the staff member's name, five wrong PINs lock entry
// in plain words, and "Sign out" ends it. The account is provisioned with the real command.
import { execFileSync } from 'node:child_process';
import { resolve } from 'node:path';
import type { Page } from '@playwright/test';
import { findElderlyViolations } from './support/elderlyChecks.js';
import { expect, test } from './support/kioskFixture.js';
import { layDemoCard, openKiosk, typeOnPad } from './support/kioskPage.js';
import type { HostProcess } from '../support/startHostProcess.js';

const rightPin = '246810';

function addStaff(kiosk: HostProcess, id: string, name: string, pin: string): void {
  execFileSync(
    process.execPath,
    [resolve('build/node/electron/services/staff/staffMain.js'), 'add', id, name],
    { env: { ...process.env, KIOSK_DATA_DIR: kiosk.dataDir, STAFF_PIN: pin }, stdio: 'pipe' },
  );
}

/** Presses and holds the hidden corner until the PIN pad is there, then lets go. */
async function holdStaffCorner(page: Page): Promise<void> {
  const box = await page.getByTestId('staff-corner').boundingBox();
  if (!box) throw new Error('no staff corner on the home screen');
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await page.mouse.down();
  await expect(page.getByTestId('staff-entry')).toBeVisible({ timeout: 8_000 });
  await page.mouse.up();
}

async function enterPin(page: Page, pin: string): Promise<void> {
  await typeOnPad(page, pin);
  await page.getByTestId('staff-sign-in').click();
}

test('a long press on the corner, the right PIN, the banner with the name, sign out', async ({
  page,
  kiosk,
}) => {
  addStaff(kiosk, 'wang.li', '王丽', rightPin);
  await openKiosk(page, kiosk);
  // The corner is no button: nothing for a resident to see or tap.
  await expect(page.getByRole('button', { name: /工作人员/ })).toHaveCount(0);
  await holdStaffCorner(page);
  await expect(page.getByTestId('staff-entry')).toContainText('工作人员登录');
  expect(await findElderlyViolations(page)).toEqual([]);

  await enterPin(page, rightPin);
  const banner = page.getByTestId('staff-banner');
  await expect(banner).toBeVisible();
  await expect(banner).toContainText('工作人员模式已开启');
  await expect(page.getByTestId('staff-banner-name')).toHaveText('登录人：王丽');
  // The token lives in the page's memory only.
  expect(await page.evaluate(() => window.sessionStorage.length + window.localStorage.length)).toBe(
    0,
  );
  expect(await findElderlyViolations(page)).toEqual([]);

  await page.getByTestId('staff-upload-queue').click();
  await expect(page.getByTestId('staff-queue-empty')).toBeVisible();
  await expect(page.getByTestId('staff-queue-summary')).toBeVisible();
  await page.getByTestId('nav-home').click();
  await expect(page.getByTestId('staff-queue')).toHaveCount(0);

  await page.getByTestId('staff-requests-button').click();
  await expect(page.getByTestId('staff-requests-empty')).toBeVisible();
  expect(await findElderlyViolations(page)).toEqual([]);
  await page.getByTestId('nav-back').click();
  await expect(page.getByTestId('staff-requests')).toHaveCount(0);

  // Binding the staff member's own card, for kiosks set to card-and-pin.
  await page.getByTestId('staff-my-card').click();
  await expect(page.getByTestId('staff-card-waiting')).toBeVisible();
  await layDemoCard(page, 'han-resident');
  await expect(page.getByTestId('staff-card-bound')).toBeVisible({ timeout: 10_000 });
  expect(await findElderlyViolations(page)).toEqual([]);
  await page.getByTestId('nav-back').click();
  await expect(page.getByTestId('staff-card')).toHaveCount(0);

  await page.getByTestId('staff-sign-out').click();
  await expect(banner).toHaveCount(0);
  await expect(page.getByTestId('journey-askForHelp')).toBeVisible();
});

test('five wrong PINs lock staff sign-in, in plain words', async ({ page, kiosk }) => {
  test.setTimeout(60_000);
  addStaff(kiosk, 'wang.li', '王丽', rightPin);
  await openKiosk(page, kiosk);
  await page.getByTestId('language-en').click();
  await holdStaffCorner(page);
  for (const attemptsLeft of [4, 3, 2, 1]) {
    await enterPin(page, '135790');
    await expect(page.getByTestId('staff-notice-wrong-pin')).toContainText(
      `That PIN is not right. Tries left before staff sign-in locks for 5 minutes: ${attemptsLeft}.`,
    );
  }
  await enterPin(page, '135790');
  const locked = page.getByTestId('staff-notice-locked');
  await expect(locked).toHaveText(
    'Staff sign-in is locked because the PIN was wrong 5 times. Please try again in 5 minutes.',
  );
  await typeOnPad(page, rightPin);
  await expect(page.getByTestId('staff-sign-in')).toBeDisabled();
  expect(await findElderlyViolations(page)).toEqual([]);

  // Leaving and coming back does not lift the lock.
  await page.getByTestId('nav-back').click();
  await expect(page.getByTestId('staff-entry')).toHaveCount(0);
  await holdStaffCorner(page);
  await expect(locked).toBeVisible();
  await expect(page.getByTestId('staff-banner')).toHaveCount(0);
});

test('a short press on the corner opens nothing', async ({ page, kiosk }) => {
  addStaff(kiosk, 'wang.li', '王丽', rightPin);
  await openKiosk(page, kiosk);
  const box = await page.getByTestId('staff-corner').boundingBox();
  if (!box) throw new Error('no staff corner on the home screen');
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await page.mouse.down();
  await page.waitForTimeout(1_000);
  await page.mouse.up();
  // Well past the three seconds the press would have needed: the released press was cancelled.
  await page.waitForTimeout(3_500);
  await expect(page.getByTestId('staff-entry')).toHaveCount(0);
});
