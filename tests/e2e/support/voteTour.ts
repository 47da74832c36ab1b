// The micro-projects vote (民生微实事) as a resident walks it, for the vote's spec and the
// elderly-first crawl: the 社区议事 tile, the proposals (two chosen), the demo ID card, the
// read-back, the receipt screen. A kiosk beside a reference centre, with the voter key the
// centre's kiosks share.
import type { Page } from '@playwright/test';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startCentreAndKiosk } from './centreKiosks.js';
import { expect } from './kioskFixture.js';
import { type VisitScreen, tapPaged } from './journeyTour.js';
import { openKiosk } from './kioskPage.js';

/** The voter key the centre's kiosks share (any 32+ characters; the same on each kiosk). */
export const voteKioskEnv = { KIOSK_VOTER_KEY: 'e2e-voter-key-shared-by-the-centre-kiosks' };

const noVisit: VisitScreen = () => Promise.resolve();

/** From home to the read-back with two proposals chosen and the demo card read. */
export async function voteUpToConfirm(page: Page, visit: VisitScreen = noVisit): Promise<void> {
  await page.getByTestId('journey-communityVoice').click();
  await expect(page.getByTestId('vote-start')).toBeVisible();
  await visit('voice-choice-vote');
  await page.getByTestId('vote-start').click();
  await expect(page.getByTestId('vote-count')).toHaveText('已选 0 项，最多 3 项');
  await expect(page.getByTestId('vote-proposals').locator('img').first()).toHaveAttribute(
    'src',
    /^data:image\/svg\+xml;base64,/,
  );
  await visit('vote-proposals');
  await tapPaged(page, 'vote-proposal-benches');
  await tapPaged(page, 'vote-proposal-lights');
  await expect(page.getByTestId('vote-count')).toHaveText('已选 2 项，最多 3 项');
  await page.getByTestId('vote-next').click();
  await expect(page.getByTestId('vote-card')).toBeVisible();
  await visit('vote-card');
  await page.getByTestId('demo-cards').click();
  await page.getByTestId('demo-card-han-resident').click();
  await expect(page.getByTestId('vote-confirm')).toBeVisible();
  await expect(page.getByTestId('vote-voter')).toContainText('*');
  await visit('vote-confirm');
}

/** The elderly-first crawl's walk: every screen of the vote, on a kiosk beside a centre. */
export async function tourVote(page: Page, visit: VisitScreen): Promise<void> {
  const root = mkdtempSync(join(tmpdir(), 'kiosk-e2e-vote-crawl-'));
  const { host, stop } = await startCentreAndKiosk(root, voteKioskEnv);
  try {
    await openKiosk(page, host, '?idleMs=600000');
    await voteUpToConfirm(page, visit);
    await page.getByTestId('vote-submit').click();
    await expect(page.getByTestId('vote-receipt')).toHaveAttribute('data-receipt', 'printed');
    await visit('vote-done');
    await page.getByTestId('vote-see-results').click();
    await expect(page.getByTestId('vote-bar-benches')).toHaveAttribute('data-votes', '1');
    await visit('vote-results');
    await page.getByTestId('vote-results-done').click();
    await voteUpToConfirm(page);
    await page.getByTestId('vote-submit').click();
    await expect(page.getByTestId('vote-refused')).toBeVisible();
    await visit('vote-refused');
  } finally {
    await stop();
  }
}
