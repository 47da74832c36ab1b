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

export interface JourneyCentres {
  /** A centre of the test's own in a new temporary folder `root` (its data in `root`/centre). */
  fresh(name: string): Promise<{ root: string; centre: CentreProcess }>;
  /** Opens the journey's tile while the centre is there, so the kiosk caches what the centre
   *  offers (`offerShown` is the test id that proves it arrived), goes home, stops the centre. */
  cacheOfferThenStop(
    page: Page,
    centre: CentreProcess,
    journey: { tile: string; offerShown: string },
  ): Promise<void>;
  /** The stopped centre started again with its data, on the port the kiosk expects it on. */
  back(centre: CentreProcess): Promise<CentreProcess>;
  /** A kiosk against the strict (plain Open311) reference centre, opened on `page` with `tile`
   *  tapped. */
  openStrictAtTile(page: Page, tile: string): Promise<void>;
}

/** The centre steps of a journey spec; what they start stops with the rest after each test. */
export function journeyCentres(processes: CentreKiosks): JourneyCentres {
  return {
    async fresh(name) {
      const root = mkdtempSync(join(tmpdir(), `kiosk-e2e-${name}-`));
      return { root, centre: await processes.centreAt(join(root, 'centre')) };
    },
    async cacheOfferThenStop(page, centre, journey) {
      await page.getByTestId(journey.tile).click();
      await expect(page.getByTestId(journey.offerShown)).toBeVisible();
      await page.getByTestId('nav-home').click();
      await centre.stop();
    },
    back(centre) {
      return processes.centreAt(centre.dataDir, Number(new URL(centre.url).port));
    },
    async openStrictAtTile(page, tile) {
      const setup = await startStrictCentreKiosk();
      processes.defer(() => setup.dispose());
      await openKiosk(page, setup.host);
      await page.getByTestId(tile).click();
    },
  };
}
