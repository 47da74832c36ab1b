// A request made straight through the API (as if at another visit), and the way a resident opens
// its status screen again: "Check my request", the ticket's digits, look it up.
import type { Page } from '@playwright/test';
import { expect } from './kioskFixture.js';
import { callKiosk, ticketDigits, typeOnPad } from './kioskPage.js';

export interface Submitted {
  ticket: string;
  lookupCode: string;
}

/** A fresh request made with a phone number, straight through the API. */
export function submitByPhone(page: Page): Promise<Submitted> {
  return callKiosk<Submitted>(page, 'submitRequest', {
    category: 'basic-living',
    needId: null,
    description: '楼道灯坏了',
    urgency: 'normal',
    contact: { phone: '13800138000' },
    language: 'zh-CN',
  });
}

/** The last four digits of the phone submitByPhone (and the e2e journeys) give. */
export const phoneLastFour = '8000';

/**
 * From the home screen to the request's status screen by its eight digits, which show the stage
 * only, then the phone's last four digits, which show the rest (note, slip, rating).
 */
export async function checkByDigits(page: Page, ticket: string): Promise<void> {
  await page.getByTestId('journey-checkRequest').click();
  await page.getByTestId('check-by-digits').click();
  await typeOnPad(page, ticketDigits(ticket));
  await page.getByTestId('ticket-find').click();
  await expect(page.getByTestId('status-stage-only')).toBeVisible();
  await page.getByTestId('unlock-open').click();
  await typeOnPad(page, phoneLastFour);
  await page.getByTestId('phone-digits-open').click();
  await expect(page.getByTestId('handler-note')).toBeVisible();
}
