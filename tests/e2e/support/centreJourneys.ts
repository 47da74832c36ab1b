// What the four journey specs against the reference centre (survey, vote, appointments, take a
// number) do alike, written once: the elderly-first check of a screen, the kiosk's upload queue
// read back, a fresh centre of the test's own, the outage each spec plays (the tile opened while
// the centre is there so the kiosk caches the journey's offer, then the centre stopped, later
// started again on its port with its data) and the journey's tile at a strict (plain Open311)
// centre that has no such extension.
import { type Page, expect } from '@playwright/test';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { CentreProcess } from '../../support/centreProcess.js';
import type { HostProcess } from '../../support/startHostProcess.js';
import type { CentreKiosks } from './centreKiosks.js';
import { findElderlyViolations } from './elderlyChecks.js';
import { openKiosk } from './kioskPage.js';
import { callHost } from './staffDesk.js';
import { startStrictCentreKiosk } from './strictCentreKiosk.js';

/** The screen meets the elderly-first rules, and Back and Home are in view. */
export async function meetsElderlyRules(page: Page): Promise<void> {
  expect(await findElderlyViolations(page)).toEqual([]);
  await expect(page.getByTestId('nav-back')).toBeInViewport();
  await expect(page.getByTestId('nav-home')).toBeInViewport();
}

/** How many items wait in the kiosk's upload queue, as the host reports it. */
export async function uploadQueueDepth(host: HostProcess): Promise<number> {
  const info = await callHost<{ upstream: { queueDepth: number } }>(host, 'getKioskInfo', {});
  return info.upstream.queueDepth;
}

/** A centre of the test's own in a new temporary folder `root` (its data in `root`/centre). */
export async function freshCentre(
  processes: CentreKiosks,
  name: string,
): Promise<{ root: string; centre: CentreProcess }> {
  const root = mkdtempSync(join(tmpdir(), `kiosk-e2e-${name}-`));
  return { root, centre: await processes.centreAt(join(root, 'centre')) };
}

/** Opens the journey's tile while the centre is there, so the kiosk caches what the centre
 *  offers (`offerShown` is the test id that proves it arrived), goes home, stops the centre. */
export async function cacheOfferThenStopCentre(
  page: Page,
  centre: CentreProcess,
  journey: { tile: string; offerShown: string },
): Promise<void> {
  await page.getByTestId(journey.tile).click();
  await expect(page.getByTestId(journey.offerShown)).toBeVisible();
  await page.getByTestId('nav-home').click();
  await centre.stop();
}

/** The stopped centre started again with its data, on the port the kiosk expects it on. */
export function centreBack(processes: CentreKiosks, centre: CentreProcess): Promise<CentreProcess> {
  return processes.centreAt(centre.dataDir, Number(new URL(centre.url).port));
}

/** A kiosk against the strict (plain Open311) reference centre, opened on `page` with `tile`
 *  tapped; both stop with the rest after the test. */
export async function openTileAtStrictCentre(
  page: Page,
  processes: CentreKiosks,
  tile: string,
): Promise<void> {
  const setup = await startStrictCentreKiosk();
  processes.defer(() => setup.dispose());
  await openKiosk(page, setup.host);
  await page.getByTestId(tile).click();
}
