// The place screen of "Ask for help" for needs attended at home (repairs, deliveries, "something
// else"): specs that are about something else answer it with the kiosk's own place.
import type { Page } from '@playwright/test';
import { expect } from './kioskFixture.js';

export async function chooseKioskPlace(page: Page): Promise<void> {
  await expect(page.getByTestId('ask-location')).toBeVisible();
  await page.getByTestId('location-kiosk').click();
  await expect(page.getByTestId('ask-confirm')).toBeVisible();
}
