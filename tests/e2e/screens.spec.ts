// Every new screen, landscape and portrait: saved as PNGs to look at, and each checked for a
// horizontal scrollbar and the elderly-first rules.
import { mkdirSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { expect, test } from './support/kioskFixture.js';
import { findElderlyViolations } from './support/elderlyChecks.js';
import {
  callKiosk,
  firstNeed,
  liftDemoCard,
  openKiosk,
  ticketDigits,
  typeOnPad,
} from './support/kioskPage.js';
import { advanceRequest } from './support/statusCache.js';

const dir = 'test-results/artifacts/screens';

for (const [width, height] of [
  [1920, 1080],
  [1080, 1920],
] as const) {
  test(`every journey screen at ${width}×${height}`, async ({ page, kiosk }) => {
    test.setTimeout(90_000);
    mkdirSync(dir, { recursive: true });
    await page.setViewportSize({ width, height });
    const capture = async (name: string) => {
      await page.evaluate(() => document.fonts.ready);
      await page.screenshot({ path: `${dir}/${name}-${width}x${height}.png`, fullPage: true });
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - window.innerWidth,
      );
      expect(overflow, name).toBeLessThanOrEqual(0);
      expect(await findElderlyViolations(page), name).toEqual([]);
    };
    await askForHelpScreens(page, kiosk, capture);
    await checkScreens(page, kiosk, capture);
    await page.getByTestId('journey-emergency').click();
    await expect(page.getByTestId('emergency-status')).toHaveAttribute(
      'data-status',
      /queued|forwarded/,
    );
    await capture('emergency');
    // The idle countdown over a journey screen.
    await openKiosk(page, kiosk, '?idleMs=500&warnMs=30000');
    await page.getByTestId('journey-askForHelp').click();
    await expect(page.getByTestId('idle-warning')).toBeVisible();
    await capture('idle-warning');
  });
}

type Capture = (name: string) => Promise<void>;

async function askForHelpScreens(
  page: Page,
  kiosk: Parameters<typeof openKiosk>[1],
  capture: Capture,
): Promise<void> {
  await openKiosk(page, kiosk, '?idleMs=600000');
  await page.getByTestId('journey-askForHelp').click();
  await expect(page.getByTestId('category-basic-living')).toBeVisible();
  await capture('ask-category');
  await page.getByTestId('category-basic-living').click();
  await expect(page.getByTestId('need-other')).toBeVisible();
  await capture('ask-need');
  await page.getByTestId('need-other').click();
  await page.getByTestId('phrase-brokenAtHome').click();
  await page.getByTestId('phrase-hardToMove').click();
  await capture('ask-describe');
  await page.getByTestId('describe-next').click();
  await capture('ask-urgency');
  await page.getByTestId('urgency-urgent').click();
  await capture('ask-who');
  await page.getByTestId('demo-cards').click();
  await page.getByTestId('demo-card-bad-check-digit').click();
  await expect(page.getByTestId('card-error')).toBeVisible();
  await capture('ask-who-card-error');
  await page.getByTestId('card-fallback').click();
  await typeOnPad(page, '1380013');
  await page.getByTestId('phone-next').click();
  await expect(page.getByTestId('phone-error')).toBeVisible();
  await capture('ask-phone-error');
  await typeOnPad(page, '8000');
  await page.getByTestId('phone-next').click();
  await capture('ask-name');
  await page.getByTestId('surname-chen').click();
  await capture('ask-name-honorific');
  await page.getByTestId('honorific-ms').click();
  await expect(page.getByTestId('ask-location')).toBeVisible();
  await capture('ask-location');
  await page.getByTestId('location-typed').click();
  await capture('ask-location-typed');
  await page.getByTestId('location-building').fill('幸福里小区3号楼');
  await page.getByTestId('location-typed-next').click();
  await capture('ask-confirm');
  await page.getByTestId('confirm-submit').click();
  await expect(page.getByTestId('receipt-outcome')).toHaveAttribute('data-receipt', 'printed');
  await capture('ask-result');
  await page.getByTestId('demo-receipt-open').click();
  await expect(page.getByTestId('paper-qr')).toBeVisible();
  await capture('receipt-preview-request');
  await page.getByTestId('nav-back').click();
  await page.getByTestId('done').click();

  // With a card: the card screen's demo list, the confirmation with "please take your card".
  await page.getByTestId('journey-askForHelp').click();
  await page.getByTestId('category-health-medical').click();
  await (await firstNeed(page)).click();
  await page.getByTestId('urgency-normal').click();
  await liftDemoCard(page); // the bad card from before is taken away
  await page.getByTestId('demo-cards').click();
  await capture('ask-who-demo-cards');
  await page.getByTestId('demo-card-han-resident').click();
  await expect(page.getByTestId('take-card')).toBeVisible();
  await capture('ask-confirm-card');
  await page.getByTestId('nav-home').click();
}

async function checkScreens(
  page: Page,
  kiosk: Parameters<typeof openKiosk>[1],
  capture: Capture,
): Promise<void> {
  const { ticket } = await callKiosk<{ ticket: string }>(page, 'submitRequest', {
    category: 'health-medical',
    needId: null,
    description: '',
    urgency: 'normal',
    contact: { phone: '13800138000' },
    language: 'zh-CN',
  });
  advanceRequest(kiosk, ticket, 'done', '医生已经上门看过，下周再来复查。');
  await page.getByTestId('journey-checkRequest').click();
  await capture('check-menu');
  await page.getByTestId('check-by-digits').click();
  await typeOnPad(page, ticketDigits(ticket).slice(0, 5));
  await capture('check-ticket');
  await typeOnPad(page, ticketDigits(ticket).slice(5));
  await page.getByTestId('ticket-find').click();
  await expect(page.getByTestId('status-stage-only')).toBeVisible();
  await capture('check-status-stage-only');
  await page.getByTestId('unlock-open').click();
  await typeOnPad(page, '80');
  await capture('check-unlock');
  await typeOnPad(page, '00');
  await page.getByTestId('phone-digits-open').click();
  await expect(page.getByTestId('handler-note')).toBeVisible();
  await capture('check-status');
  await page.getByTestId('print-slip').click();
  await expect(page.getByTestId('slip-outcome')).toHaveAttribute('data-receipt', 'printed');
  await capture('check-status-slip');
  await page.getByTestId('demo-receipt-open').click();
  await expect(page.getByTestId('paper-qr')).toBeVisible();
  await capture('receipt-preview-slip');
  await page.getByTestId('nav-back').click();
  await page.getByTestId('rate-open').click();
  await page.getByTestId('star-5').click();
  await page.getByTestId('tag-solved').click();
  await capture('rate');
  await page.getByTestId('rate-submit').click();
  await expect(page.getByTestId('rated')).toBeVisible();
  await capture('rated');
  await page.getByTestId('done').click();
  await page.getByTestId('journey-checkRequest').click();
  await page.getByTestId('check-by-card').click();
  await capture('check-card');
  await page.getByTestId('nav-home').click();
}
