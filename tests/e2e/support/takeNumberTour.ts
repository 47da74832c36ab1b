// A walk through every screen of "take a number" for the elderly-first crawl: the tile on a
// kiosk without a centre (not offered here: the front desk and the hotline), then, on a kiosk
// beside a reference centre, the services, priority or not, and the number with its ticket.
import type { Page } from '@playwright/test';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startCentreAndKiosk } from './centreKiosks.js';
import { expect } from './kioskFixture.js';
import { openKiosk } from './kioskPage.js';
import type { VisitScreen } from './journeyTour.js';

export async function tourTakeNumber(page: Page, visit: VisitScreen): Promise<void> {
  // The fixture's demo kiosk has no centre: the tile says numbers are not taken here.
  await page.getByTestId('journey-takeNumber').click();
  await expect(page.getByTestId('take-number-not-offered')).toBeVisible();
  await visit('take-number-not-offered');

  const root = mkdtempSync(join(tmpdir(), 'kiosk-e2e-take-number-crawl-'));
  const { host, stop } = await startCentreAndKiosk(root);
  try {
    await openKiosk(page, host, '?idleMs=600000');
    await page.getByTestId('journey-takeNumber').click();
    await expect(page.getByTestId('take-number-service-civil-affairs')).toBeVisible();
    await visit('take-number-services');
    await page.getByTestId('take-number-service-civil-affairs').click();
    await expect(page.getByTestId('take-number-priority-yes')).toBeVisible();
    await visit('take-number-priority');
    await page.getByTestId('take-number-priority-yes').click();
    await expect(page.getByTestId('take-number-ticket')).toHaveAttribute('data-receipt', 'printed');
    await visit('take-number-result');
  } finally {
    await stop();
  }
}
