// "Ask for help" on a kiosk that knows a strict platform: the meal service's questions are
// asked on screen in the platform's order and answered by their visible text, the place is
// typed, the confirmation reads it all back in plain words, and the saved request carries the
// answers and the place, sealed, as the services stored them.
import { mkdirSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { findElderlyViolations } from './support/elderlyChecks.js';
import { expect, test } from './support/kioskFixture.js';
import { showPaged } from './support/journeyTour.js';
import { layDemoCard, openKiosk } from './support/kioskPage.js';
import {
  type StrictPlatformKiosk,
  savedPersonalFields,
  savedServiceCode,
  startStrictPlatformKiosk,
} from './support/strictPlatformKiosk.js';

/**
 * A fact of the read-back, paging on ("更多") while it is on a later page. The take-card reminder
 * comes and goes while the screen is open and the pager measures its page again each time, so
 * the look is tried again until the page has settled.
 */
async function readBack(page: Page, testId: string, text: string | RegExp): Promise<void> {
  await expect(async () => {
    await showPaged(page, testId);
    await expect(page.getByTestId(testId)).toContainText(text, { timeout: 1_000 });
  }).toPass({ timeout: 15_000 });
}

let kiosk: StrictPlatformKiosk | undefined;
test.afterEach(async () => {
  await kiosk?.dispose();
  kiosk = undefined;
});

const portrait = { width: 1080, height: 1920 };
const landscape = { width: 1920, height: 1080 };

const screensDir = 'test-results/artifacts/screens';

/**
 * The screen's next action is on screen without scrolling, the screen keeps Back and Home and
 * meets the elderly-first rules, at both sizes; each is saved as a PNG to look at.
 */
async function expectReachable(page: Page, action: string, name: string): Promise<void> {
  mkdirSync(screensDir, { recursive: true });
  for (const size of [landscape, portrait]) {
    await page.setViewportSize(size);
    await page.screenshot({ path: `${screensDir}/${name}-${size.width}x${size.height}.png` });
    await expect(page.getByTestId(action)).toBeInViewport({ ratio: 1 });
    await expect(page.getByTestId('nav-back')).toBeInViewport();
    await expect(page.getByTestId('nav-home')).toBeInViewport();
    expect(await findElderlyViolations(page), `${size.width}×${size.height}`).toEqual([]);
  }
  await page.setViewportSize(landscape);
}

test('the platform’s questions are asked, read back and saved with the typed place', async ({
  page,
}) => {
  kiosk = await startStrictPlatformKiosk();
  const { dataDir } = kiosk;
  await openKiosk(page, kiosk.host);
  await page.getByTestId('journey-askForHelp').click();
  await page.getByTestId('category-basic-living').click();
  await page.getByRole('button', { name: /老人吃饭/ }).click();

  // 1 of 5: required single choice, in the platform's words; no skip, and it says why.
  const question = page.getByTestId('ask-question');
  await expect(question).toHaveAttribute('data-question', 'diet');
  await expect(page.getByTestId('question-progress')).toHaveText('第 1 题，共 5 题');
  await expect(page.getByTestId('question-text')).toHaveText('饮食要求');
  await expect(page.getByTestId('question-required')).toContainText('必须回答');
  await expect(page.getByTestId('question-skip')).toHaveCount(0);
  await expectReachable(page, 'answer-diabetic', 'question-single');
  await page.getByRole('button', { name: '软食' }).click();

  // 2 of 5: optional multiple choice: toggles, a tap taken back, and "done".
  await expect(question).toHaveAttribute('data-question', 'delivery_days');
  await expect(page.getByTestId('question-text')).toHaveText('哪几天送餐？');
  await page.getByRole('button', { name: '周一' }).click();
  await page.getByRole('button', { name: '周三' }).click();
  await page.getByRole('button', { name: '周五' }).click();
  await page.getByRole('button', { name: /周三/ }).click();
  await expect(page.getByRole('button', { name: /周三/ })).toHaveAttribute('aria-pressed', 'false');
  await expect(page.getByRole('button', { name: /周五/ })).toHaveAttribute('aria-pressed', 'true');
  await expectReachable(page, 'question-done', 'question-multiple');
  await page.getByRole('button', { name: '选好了，下一步' }).click();

  // 3 of 5: optional number on the digit pad, in the platform's own text (no translation).
  await expect(question).toHaveAttribute('data-question', 'floor');
  await expect(page.getByTestId('question-text')).toHaveText('您家住几楼？');
  await expectReachable(page, 'question-skip', 'question-number');
  await page.getByRole('button', { name: '跳过' }).click();

  // 4 of 5: a date as day and time buttons, never typed; both are needed.
  await expect(question).toHaveAttribute('data-question', 'first_delivery');
  await expect(page.getByRole('button', { name: /明天/ })).toBeVisible();
  await page.getByRole('button', { name: /明天/ }).click();
  await page.getByTestId('question-next').click();
  await expect(page.getByTestId('datetime-missing')).toContainText('再选上午或下午');
  await page.getByRole('button', { name: /下午/ }).click();
  await expectReachable(page, 'question-next', 'question-datetime');
  await page.getByTestId('question-next').click();

  // 5 of 5: a short text in a large field, with its limit.
  await expect(question).toHaveAttribute('data-question', 'note');
  await page.getByTestId('answer-text').fill('请敲门，门铃坏了');
  await expect(page.getByTestId('answer-count')).toHaveText('已写 8 字，最多 100 字');
  await expectReachable(page, 'question-next', 'question-text');
  await page.getByTestId('question-next').click();

  await page.getByTestId('urgency-normal').click();
  await layDemoCard(page, 'han-resident');

  // Where: the card was read in this visit, so its address is offered; the resident types one.
  await expect(page.getByTestId('ask-location')).toBeVisible();
  await expect(page.getByRole('button', { name: /身份证上的地址/ })).toBeVisible();
  await expectReachable(page, 'location-kiosk', 'location-with-card');
  await page.getByRole('button', { name: /我来写楼号和门牌/ }).click();
  await page.getByTestId('location-typed-next').click();
  await expect(page.getByTestId('location-problem')).toContainText('请写上小区和楼号');
  await page.getByTestId('location-building').fill('幸福里小区3号楼');
  await page.getByTestId('location-room').fill('2单元501');
  await expectReachable(page, 'location-typed-next', 'location-typed-filled');
  await page.getByTestId('location-typed-next').click();

  const confirm = page.getByTestId('ask-confirm');
  await expect(confirm).toBeVisible();
  await readBack(page, 'confirm-answer-diet', '饮食要求软食');
  await readBack(page, 'confirm-answer-delivery_days', '周一、周五');
  await readBack(page, 'confirm-answer-floor', '跳过了');
  await readBack(page, 'confirm-answer-first_delivery', /星期.* 下午/);
  await readBack(page, 'confirm-answer-note', '请敲门，门铃坏了');
  await readBack(page, 'confirm-place', '幸福里小区3号楼 2单元501');
  await expectReachable(page, 'confirm-submit', 'confirm-answers');
  await page.getByTestId('confirm-submit').click();

  await expect(page.getByTestId('ask-result')).toBeVisible();
  const ticket = (await page.getByTestId('ticket-number').textContent()) ?? '';
  expect(ticket).toMatch(/^A01-\d{4}-\d{4}$/);
  await kiosk.host.stop();

  expect(savedServiceCode(dataDir, ticket)).toBe('MEALS');
  const saved = savedPersonalFields(dataDir, ticket);
  expect(saved).toMatchObject({
    attributes: { diet: 'soft', delivery_days: ['mon', 'fri'], note: '请敲门，门铃坏了' },
    location: { lat: null, long: null, address: '幸福里小区3号楼 2单元501' },
  });
  const attributes = saved.attributes as Record<string, unknown>;
  expect(attributes).not.toHaveProperty('floor');
  // Tomorrow afternoon: the slot's start with the kiosk's offset.
  expect(attributes.first_delivery).toMatch(/^\d{4}-\d{2}-\d{2}T14:00[+-]\d{2}:\d{2}$/);
});

test('in English at the largest text: Back asks again, the pad gives a number, the card’s address', async ({
  page,
}) => {
  kiosk = await startStrictPlatformKiosk();
  const { dataDir } = kiosk;
  await openKiosk(page, kiosk.host);
  await page.getByTestId('language-en').click();
  await page.getByTestId('text-size-extra-large').click();
  const elderlyRulesHold = async () => expect(await findElderlyViolations(page)).toEqual([]);
  await page.getByTestId('journey-askForHelp').click();
  await page.getByTestId('category-basic-living').click();
  // At this size the needs take two pages: "More" shows the rest, as a resident would tap it.
  const meals = page.getByRole('button', { name: /Meals for older people/ });
  for (let turn = 0; turn < 5 && !(await meals.isVisible()); turn += 1)
    await page.getByTestId('pager-more').click();
  await meals.click();
  // A well-known code reads in the visit's language; the choices keep the platform's names
  // where the page has none of its own for them.
  await expect(page.getByTestId('question-text')).toHaveText('Any special diet?');
  await expect(page.getByTestId('question-required')).toContainText('must be answered');
  await elderlyRulesHold();
  await page.getByRole('button', { name: 'Diabetic' }).click();
  await elderlyRulesHold();
  await expect(page.getByTestId('ask-question')).toHaveAttribute('data-question', 'delivery_days');
  // Back shows the question as it was before it was answered; the new answer replaces the old.
  await page.getByTestId('nav-back').click();
  await expect(page.getByTestId('ask-question')).toHaveAttribute('data-question', 'diet');
  await page.getByRole('button', { name: 'Soft food' }).click();
  await page.getByRole('button', { name: 'Skip' }).click();
  // The number pad: 1, 2 → 12.
  await page.getByTestId('digit-1').click();
  await page.getByTestId('digit-2').click();
  await expect(page.getByTestId('number-display')).toHaveText('12');
  await elderlyRulesHold();
  await page.getByTestId('question-next').click();
  await expect(page.getByTestId('ask-question')).toHaveAttribute('data-question', 'first_delivery');
  await elderlyRulesHold();
  await page.getByRole('button', { name: 'Skip' }).click();
  await expect(page.getByTestId('ask-question')).toHaveAttribute('data-question', 'note');
  await elderlyRulesHold();
  // Nothing typed in an optional field is the same as skipping it.
  await page.getByTestId('question-next').click();

  await page.getByTestId('urgency-normal').click();
  await layDemoCard(page, 'han-resident');
  await expect(page.getByTestId('ask-location')).toBeVisible();
  await elderlyRulesHold();
  await page.getByRole('button', { name: /The address on my ID card/ }).click();
  await readBack(page, 'confirm-answer-diet', 'Soft food');
  await elderlyRulesHold();
  await readBack(page, 'confirm-answer-delivery_days', 'Skipped');
  await readBack(page, 'confirm-answer-floor', '12');
  await readBack(page, 'confirm-place', 'The address on my ID card');
  await page.getByTestId('confirm-submit').click();
  await expect(page.getByTestId('ask-result')).toBeVisible();
  const ticket = (await page.getByTestId('ticket-number').textContent()) ?? '';
  await kiosk.host.stop();

  expect(savedPersonalFields(dataDir, ticket)).toMatchObject({
    attributes: { diet: 'soft', floor: '12' },
    location: { address: '北京市朝阳区幸福里小区3号楼2单元501室' },
  });
});
