// A walk through every screen of the needs survey for the elderly-first crawl: the 社区议事 tile
// on a kiosk without a centre (no survey: the plain hotline line), then, on a kiosk beside a
// reference centre, the choice screen, each kind of question, the read-back and the thank-you.
import type { Page } from '@playwright/test';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startCentreAndKiosk } from './centreKiosks.js';
import { expect } from './kioskFixture.js';
import { openKiosk } from './kioskPage.js';
import { type VisitScreen, tapPaged } from './journeyTour.js';

export async function tourSurvey(page: Page, visit: VisitScreen): Promise<void> {
  // The fixture's demo kiosk has no centre: the tile says there is no survey now.
  await page.getByTestId('journey-communityVoice').click();
  await expect(page.getByTestId('survey-none')).toBeVisible();
  await visit('voice-choice-none');

  const root = mkdtempSync(join(tmpdir(), 'kiosk-e2e-survey-crawl-'));
  const { host, stop } = await startCentreAndKiosk(root);
  try {
    await openKiosk(page, host, '?idleMs=600000');
    await page.getByTestId('journey-communityVoice').click();
    await expect(page.getByTestId('survey-start')).toBeVisible();
    await visit('voice-choice');
    await page.getByTestId('survey-start').click();
    await visit('survey-single');
    await tapPaged(page, 'survey-choice-health');
    await expect(page.getByTestId('survey-done')).toBeVisible();
    await visit('survey-multiple');
    await tapPaged(page, 'survey-choice-chess');
    await page.getByTestId('survey-done').click();
    await visit('survey-scale');
    await page.getByTestId('survey-scale-3').click();
    await expect(page.getByTestId('survey-text')).toBeVisible();
    await visit('survey-text');
    await page.getByTestId('survey-skip').click();
    await expect(page.getByTestId('survey-review')).toBeVisible();
    await visit('survey-review');
    await page.getByTestId('survey-submit').click();
    await expect(page.getByTestId('survey-thanks')).toBeVisible();
    await visit('survey-thanks');
  } finally {
    await stop();
  }
}
