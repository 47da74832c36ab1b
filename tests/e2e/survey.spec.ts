// The needs survey (需求调研) end to end against the reference centre, as a resident answers it:
// the 社区议事 tile, one question per screen (single, multiple, the 1–5 scale, the optional short
// text), the read-back, the thank-you; the answers reach the centre once. With the centre
// stopped the kiosk asks its cached questionnaire, queues the answers, and delivers them once
// when the centre returns. Against the strict (plain Open311) centre the tile says plainly that
// there is no survey now and gives the hotline. Each screen meets the elderly-first rules.
import { type Page, expect, test } from '@playwright/test';
import { join } from 'node:path';
import type { CentreProcess } from '../support/centreProcess.js';
import type { HostProcess } from '../support/startHostProcess.js';
import { useCentreKiosks } from './support/centreKiosks.js';
import { journeyCentres, meetsElderlyRules, uploadQueueDepth } from './support/centreJourneys.js';
import { openKiosk } from './support/kioskPage.js';

const processes = useCentreKiosks();
const centres = journeyCentres(processes);

function kioskFor(centre: CentreProcess, root: string): Promise<HostProcess> {
  // Delivery is watched here: no random wait before a sheet's first attempt.
  return processes.kioskFor(centre, join(root, 'kiosk'), { KIOSK_SURVEY_DELAY_MAX_MS: '0' });
}

async function storedSheets(centre: CentreProcess): Promise<number> {
  const url = new URL('x/admin/stats.json', centre.url);
  url.searchParams.set('api_key', centre.apiKey);
  const stats = (await (await fetch(url)).json()) as { survey_responses: number };
  return stats.survey_responses;
}

/** The demo questionnaire answered with taps and one typed suggestion. */
async function answerSurvey(page: Page): Promise<void> {
  await page.getByTestId('journey-communityVoice').click();
  await expect(page.getByTestId('vote-not-offered')).toContainText('服务台');
  await meetsElderlyRules(page);
  await page.getByTestId('survey-start').click();

  await expect(page.getByTestId('survey-question')).toHaveAttribute('data-question', 'most-needed');
  await expect(page.getByText('第 1 步，共 5 步')).toBeVisible();
  await meetsElderlyRules(page);
  await page.getByTestId('survey-choice-meals').click();

  await expect(page.getByTestId('survey-question')).toHaveAttribute('data-question', 'activities');
  await meetsElderlyRules(page);
  await page.getByTestId('survey-choice-exercise').click();
  await page.getByTestId('survey-choice-phones').click();
  await expect(page.getByTestId('survey-choice-phones')).toHaveAttribute('aria-pressed', 'true');
  await page.getByTestId('survey-done').click();

  await expect(page.getByTestId('survey-question')).toHaveAttribute(
    'data-question',
    'satisfaction',
  );
  await meetsElderlyRules(page);
  await page.getByTestId('survey-scale-4').click();

  await expect(page.getByTestId('survey-question')).toHaveAttribute('data-question', 'suggestion');
  await expect(page.getByTestId('survey-skip')).toBeVisible();
  await meetsElderlyRules(page);
  await page.getByTestId('survey-text').fill('多些长椅');
  await page.getByTestId('survey-next').click();

  await expect(page.getByText('第 5 步，共 5 步')).toBeVisible();
  await expect(page.getByTestId('survey-review-most-needed')).toContainText('老年助餐');
  await expect(page.getByTestId('survey-review-activities')).toContainText('健身锻炼、智能手机课');
  await expect(page.getByTestId('survey-review-satisfaction')).toContainText('4 分');
  await expect(page.getByTestId('survey-review-suggestion')).toContainText('多些长椅');
  await meetsElderlyRules(page);
  await page.getByTestId('survey-submit').click();
  await expect(page.getByTestId('survey-thanks')).toBeVisible();
  await meetsElderlyRules(page);
  await page.getByTestId('survey-finish').click();
  await expect(page.getByTestId('journey-communityVoice')).toBeVisible();
}

test('answers reach the reference centre once', async ({ page }) => {
  test.setTimeout(90_000);
  const { root, centre } = await centres.fresh('survey');
  const host = await kioskFor(centre, root);
  await openKiosk(page, host);
  await answerSurvey(page);
  await expect.poll(() => storedSheets(centre), { timeout: 20_000 }).toBe(1);
  await expect.poll(() => uploadQueueDepth(host)).toBe(0);
  expect(await storedSheets(centre)).toBe(1);
});

test('with the centre stopped: asked from the cache, queued, delivered once it returns', async ({
  page,
}) => {
  test.setTimeout(120_000);
  const { root, centre } = await centres.fresh('survey-down');
  const host = await kioskFor(centre, root);
  await openKiosk(page, host);
  // The tile fetches (and caches) the questionnaire while the centre is there.
  await centres.cacheOfferThenStop(page, centre, {
    tile: 'journey-communityVoice',
    offerShown: 'survey-start',
  });
  await answerSurvey(page);
  await expect.poll(() => uploadQueueDepth(host)).toBe(1);

  const back = await centres.back(centre);
  await expect.poll(() => storedSheets(back), { timeout: 30_000 }).toBe(1);
  await expect.poll(() => uploadQueueDepth(host)).toBe(0);
  expect(await storedSheets(back)).toBe(1);
});

test('a strict (plain Open311) centre has no survey: the tile says so and gives the hotline', async ({
  page,
}) => {
  test.setTimeout(90_000);
  await centres.openStrictAtTile(page, 'journey-communityVoice');
  await expect(page.getByTestId('survey-none')).toContainText('现在没有正在进行的问卷调查');
  await expect(page.getByTestId('survey-none')).toContainText('010-65781234');
  await expect(page.getByTestId('survey-start')).toHaveCount(0);
  await meetsElderlyRules(page);
});
