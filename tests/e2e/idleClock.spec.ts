// The inactivity warning with the kiosk's real timings (a minute's wait, a countdown of at least
// 20 s), driven by Playwright's fake clock instead of waiting: it appears after the wait, counts
// down on screen, one tap on "I need more time" starts the wait over with everything kept, a touch
// before the wait is up keeps it away, and at zero the kiosk goes home.
import { expect, test } from './support/kioskFixture.js';
import { openKiosk } from './support/kioskPage.js';

const minuteMs = 60_000;

test.beforeEach(async ({ page }) => {
  await page.clock.install();
});

test('the warning comes after a minute and counts down from at least 20 seconds', async ({
  page,
  kiosk,
}) => {
  await openKiosk(page, kiosk);
  await page.getByTestId('journey-askForHelp').click();
  await expect(page.getByTestId('ask-category')).toBeVisible();
  await page.clock.runFor(minuteMs - 1_000);
  await expect(page.getByTestId('idle-warning')).toHaveCount(0);
  await page.clock.runFor(1_500);
  await expect(page.getByTestId('idle-warning')).toBeVisible();
  const secondsShown = async () =>
    Number(/\d+/.exec((await page.getByTestId('idle-seconds').textContent()) ?? '')?.[0]);
  expect(await secondsShown()).toBeGreaterThanOrEqual(20);
  await page.clock.runFor(5_000);
  const later = await secondsShown();
  expect(later).toBeGreaterThanOrEqual(15);
  expect(later).toBeLessThan(30);
  await page.clock.runFor(later * 1_000 + 500);
  await expect(page.getByTestId('idle-warning')).toHaveCount(0);
  await expect(page.getByTestId('journey-askForHelp')).toBeVisible();
});

test('one tap on "more time" keeps the screen and starts the whole wait again', async ({
  page,
  kiosk,
}) => {
  await openKiosk(page, kiosk);
  await page.getByTestId('journey-askForHelp').click();
  await page.getByTestId('category-basic-living').click();
  await expect(page.getByTestId('ask-need')).toBeVisible();
  await page.clock.runFor(minuteMs + 500);
  await expect(page.getByTestId('idle-warning')).toBeVisible();
  await page.clock.runFor(15_000);
  await page.getByTestId('idle-more-time').click();
  await expect(page.getByTestId('idle-warning')).toHaveCount(0);
  await expect(page.getByTestId('ask-need')).toBeVisible();
  // A full minute again before the next warning, not what was left of the countdown.
  await page.clock.runFor(minuteMs - 1_000);
  await expect(page.getByTestId('idle-warning')).toHaveCount(0);
  await page.clock.runFor(1_500);
  await expect(page.getByTestId('idle-warning')).toBeVisible();
});

test('a touch before the minute is up resets the wait', async ({ page, kiosk }) => {
  await openKiosk(page, kiosk);
  await page.getByTestId('journey-askForHelp').click();
  await expect(page.getByTestId('ask-category')).toBeVisible();
  await page.clock.runFor(50_000);
  await page.getByRole('heading', { level: 1 }).click();
  await page.clock.runFor(50_000);
  await expect(page.getByTestId('idle-warning')).toHaveCount(0);
  await page.clock.runFor(11_000);
  await expect(page.getByTestId('idle-warning')).toBeVisible();
});
