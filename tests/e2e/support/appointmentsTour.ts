// A walk through every screen of appointments (服务预约) for the elderly-first crawl: the tile
// on a kiosk without a centre (booking not offered: the plain hotline line), then, on a kiosk
// beside a reference centre, the services, a day, the times, phone or card, the card screen,
// the read-back, the result, the look-up pad and the booking found by its code.
import type { Page } from '@playwright/test';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startCentreAndKiosk } from './centreKiosks.js';
import { expect } from './kioskFixture.js';
import { openKiosk, typeOnPad } from './kioskPage.js';
import type { VisitScreen } from './journeyTour.js';

export async function tourAppointments(page: Page, visit: VisitScreen): Promise<void> {
  // The fixture's demo kiosk has no centre: the tile says booking is not offered here.
  await page.getByTestId('journey-appointments').click();
  await expect(page.getByTestId('appointments-not-offered')).toBeVisible();
  await visit('appointments-none');

  const root = mkdtempSync(join(tmpdir(), 'kiosk-e2e-appointments-crawl-'));
  const { host, stop } = await startCentreAndKiosk(root);
  try {
    await openKiosk(page, host, '?idleMs=600000');
    await page.getByTestId('journey-appointments').click();
    await expect(page.getByTestId('appointments-service-home-visit')).toBeVisible();
    await visit('appointments-home');
    await page.getByTestId('appointments-service-health-check').click();
    await visit('appointments-day');
    await page.locator('[data-testid^="appointments-day-"]:not([disabled])').first().click();
    await visit('appointments-slot');
    await page.getByTestId('appointments-slot-1430').click();
    await visit('appointments-contact');
    await page.getByTestId('appointments-by-card').click();
    await expect(page.getByTestId('appointments-card')).toBeVisible();
    await visit('appointments-card');
    await page.getByTestId('nav-back').click();
    await page.getByTestId('appointments-by-phone').click();
    await typeOnPad(page, '13800138000');
    await page.getByTestId('phone-next').click();
    await visit('appointments-confirm');
    await page.getByTestId('appointments-book').click();
    await expect(page.getByTestId('appointments-result')).toBeVisible();
    await visit('appointments-result');
    const code = (await page.getByTestId('appointments-code').textContent())?.trim() ?? '';
    await page.getByTestId('appointments-finish').click();
    await page.getByTestId('journey-appointments').click();
    await page.getByTestId('appointments-lookup').click();
    await visit('appointments-lookup');
    await typeOnPad(page, code.replace('-', ''));
    await page.getByTestId('appointments-find').click();
    await expect(page.getByTestId('appointments-booking')).toBeVisible();
    await visit('appointments-booking');
  } finally {
    await stop();
  }
}
