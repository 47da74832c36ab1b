import { mkdirSync } from 'node:fs';
import { expect, test } from './support/kioskFixture.js';
import { findElderlyViolations } from './support/elderlyChecks.js';

const artifactsDir = 'test-results/artifacts';

test('the home screen greets the resident in Chinese with the community and its hotline', async ({
  page,
  kiosk,
}) => {
  await page.goto(kiosk.url);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('您好！请点一下您要办的事');
  await expect(page.getByTestId('community-name')).toHaveText('幸福里社区服务中心');
  await expect(page.getByTestId('hotline')).toHaveText('010-65781234');
  await expect(page.getByTestId('journey-emergency')).toContainText('紧急求助');
  // Every tile leads to its journey: none says "coming soon".
  await expect(page.locator('.tile')).toHaveCount(6);
  await expect(page.locator('.tiles')).not.toContainText('即将开放');
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
});

test('the language switch changes to English and back to Chinese', async ({ page, kiosk }) => {
  await page.goto(kiosk.url);
  await page.getByTestId('language-en').click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Hello! Tap what you need');
  await expect(page.getByTestId('journey-checkRequest')).toContainText('Check my request');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await page.getByTestId('language-zh-TW').click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('您好！請點一下您要辦的事');
  await page.getByTestId('language-zh-CN').click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('您好！请点一下您要办的事');
});

test('the text size control changes the computed font size', async ({ page, kiosk }) => {
  await page.goto(kiosk.url);
  const bodySize = () => page.evaluate(() => parseFloat(getComputedStyle(document.body).fontSize));
  expect(await bodySize()).toBe(24);
  await page.getByTestId('text-size-large').click();
  await expect.poll(bodySize).toBe(30);
  await page.getByTestId('text-size-extra-large').click();
  await expect.poll(bodySize).toBe(36);
  await expect(page.getByTestId('text-size-extra-large')).toHaveAttribute('aria-pressed', 'true');
  await page.getByTestId('text-size-standard').click();
  await expect.poll(bodySize).toBe(24);
});

test('every control and text on the home screen meets the elderly-first rules', async ({
  page,
  kiosk,
}) => {
  for (const size of ['standard', 'extra-large'] as const) {
    await page.goto(kiosk.url);
    await page.getByTestId(`text-size-${size}`).click();
    await expect(page.getByTestId(`text-size-${size}`)).toHaveAttribute('aria-pressed', 'true');
    expect(await findElderlyViolations(page)).toEqual([]);
  }
});

test('a journey offers Back and Home from its first screen', async ({ page, kiosk }) => {
  await page.goto(kiosk.url);
  await page.getByTestId('journey-appointments').click();
  await expect(page.getByTestId('nav-back')).toBeVisible();
  await page.getByTestId('nav-back').click();
  await expect(page.getByTestId('journey-appointments')).toBeVisible();
  await page.getByTestId('journey-contactCentre').click();
  await page.getByTestId('nav-home').click();
  await expect(page.getByTestId('journey-emergency')).toBeVisible();
});

test('the emergency button shows 110, 120, 119 and the hotline in large print', async ({
  page,
  kiosk,
}) => {
  await page.goto(kiosk.url);
  await page.getByTestId('journey-emergency').click();
  const screen = page.getByTestId('emergency-numbers');
  for (const number of ['110', '120', '119', '010-65781234'])
    await expect(screen).toContainText(number);
  const numberSize = await screen
    .locator('.emergency-numbers__number')
    .first()
    .evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
  expect(numberSize).toBeGreaterThanOrEqual(72);
  expect(await findElderlyViolations(page)).toEqual([]);
});

test('screenshots of the home screen, landscape and portrait', async ({ page, kiosk }) => {
  mkdirSync(artifactsDir, { recursive: true });
  for (const [width, height] of [
    [1920, 1080],
    [1080, 1920],
  ] as const) {
    await page.setViewportSize({ width, height });
    await page.goto(kiosk.url);
    await expect(page.getByTestId('journey-emergency')).toBeVisible();
    await page.evaluate(() => document.fonts.ready);
    const path = `${artifactsDir}/home-${width}x${height}.png`;
    await page.screenshot({ path, fullPage: true });
    // The page must fit a kiosk screen without a horizontal scrollbar.
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - window.innerWidth,
    );
    expect(overflow).toBeLessThanOrEqual(0);
  }
});
