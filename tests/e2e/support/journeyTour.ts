// A walk through every screen of the resident journeys (ask for help, with and without a card;
// check a request by ticket, phone digits and card; rate; the emergency screen; the idle warning),
// tapping by test id as a resident taps by sight, and paging with "更多" when what is wanted is on
// a later page. At each screen it hands over to `visit`, which measures it; the crawl and the
// screenshots spec share the walk.
import type { Page } from '@playwright/test';
import type { HostProcess } from '../../support/startHostProcess.js';
import { expect } from './kioskFixture.js';
import { callKiosk, liftDemoCard, openKiosk, ticketDigits } from './kioskPage.js';
import { advanceRequest } from './statusCache.js';

export type VisitScreen = (name: string) => Promise<void>;

/** Pages forward ("更多") until what has the test id is on screen, or there is no next page. */
export async function showPaged(page: Page, testId: string): Promise<void> {
  const target = page.getByTestId(testId).first();
  for (let turn = 0; turn < 12 && !(await target.isVisible()); turn += 1) {
    const more = page.getByTestId('pager-more');
    if (!(await more.isVisible()) || (await more.isDisabled())) break;
    await more.click();
  }
}

/** Taps what has the test id, first paging forward while it is on a later page. */
export async function tapPaged(page: Page, testId: string): Promise<void> {
  await showPaged(page, testId);
  await page.getByTestId(testId).click();
}

async function typeDigits(page: Page, digits: string): Promise<void> {
  for (const digit of digits) await page.getByTestId(`digit-${digit}`).click();
}

export async function tourAskForHelp(page: Page, visit: VisitScreen): Promise<void> {
  await visit('home');
  await page.getByTestId('journey-askForHelp').click();
  await expect(page.getByTestId('ask-category')).toBeVisible();
  await visit('ask-category');
  await tapPaged(page, 'category-basic-living');
  await expect(page.getByTestId('ask-need')).toBeVisible();
  await visit('ask-need');
  await tapPaged(page, 'need-other');
  await tapPaged(page, 'phrase-brokenAtHome');
  await tapPaged(page, 'phrase-hardToMove');
  await visit('ask-describe');
  await page.getByTestId('describe-next').click();
  await visit('ask-urgency');
  await tapPaged(page, 'urgency-urgent');
  await visit('ask-who');
  await page.getByTestId('demo-cards').click();
  await tapPaged(page, 'demo-card-bad-check-digit');
  await expect(page.getByTestId('card-error')).toBeVisible();
  await visit('ask-who-card-error');
  await page.getByTestId('card-fallback').click();
  await visit('ask-phone');
  await typeDigits(page, '1380013');
  await page.getByTestId('phone-next').click();
  await expect(page.getByTestId('phone-error')).toBeVisible();
  await visit('ask-phone-error');
  await typeDigits(page, '8000');
  await page.getByTestId('phone-next').click();
  await visit('ask-name');
  await tapPaged(page, 'surname-chen');
  await visit('ask-name-honorific');
  await tapPaged(page, 'honorific-ms');
  await expect(page.getByTestId('ask-location')).toBeVisible();
  await visit('ask-location');
  await tapPaged(page, 'location-typed');
  await visit('ask-location-typed');
  await page.getByTestId('location-building').fill('幸福里小区3号楼');
  await page.getByTestId('location-typed-next').click();
  await expect(page.getByTestId('ask-confirm')).toBeVisible();
  await visit('ask-confirm');
  await page.getByTestId('confirm-submit').click();
  await expect(page.getByTestId('receipt-outcome')).toHaveAttribute('data-receipt', 'printed');
  await visit('ask-result');
  await page.getByTestId('demo-receipt-open').click();
  await expect(page.getByTestId('paper-qr')).toBeVisible();
  await visit('receipt-preview');
  await page.getByTestId('nav-back').click();
  await page.getByTestId('done').click();

  // With a card: the demo card list, the confirmation with "please take your card".
  await page.getByTestId('journey-askForHelp').click();
  await tapPaged(page, 'category-health-medical');
  await page.locator('[data-testid^="need-"]:not([data-testid="need-other"])').first().click();
  await tapPaged(page, 'urgency-normal');
  await liftDemoCard(page);
  await page.getByTestId('demo-cards').click();
  await visit('ask-who-demo-cards');
  await tapPaged(page, 'demo-card-han-resident');
  await expect(page.getByTestId('take-card')).toBeVisible();
  await visit('ask-confirm-card');
  await page.getByTestId('nav-home').click();
}

export async function tourCheckRequest(
  page: Page,
  kiosk: HostProcess,
  visit: VisitScreen,
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
  await visit('check-menu');
  await page.getByTestId('check-by-digits').click();
  await typeDigits(page, ticketDigits(ticket).slice(0, 5));
  await visit('check-ticket');
  await typeDigits(page, ticketDigits(ticket).slice(5));
  await page.getByTestId('ticket-find').click();
  await expect(page.getByTestId('status-stage-only')).toBeVisible();
  await visit('check-status-stage-only');
  await page.getByTestId('unlock-open').click();
  await typeDigits(page, '80');
  await visit('check-unlock');
  await typeDigits(page, '00');
  await page.getByTestId('phone-digits-open').click();
  await expect(page.getByTestId('print-slip')).toBeVisible();
  await visit('check-status');
  await tapPaged(page, 'print-slip');
  await expect(page.getByTestId('slip-outcome')).toHaveAttribute('data-receipt', 'printed');
  await visit('check-status-slip');
  await tapPaged(page, 'rate-open');
  await tapPaged(page, 'star-5');
  await tapPaged(page, 'tag-solved');
  await visit('rate');
  await page.getByTestId('rate-submit').click();
  await expect(page.getByTestId('rated')).toBeVisible();
  await visit('rated');
  await page.getByTestId('done').click();
  await page.getByTestId('journey-checkRequest').click();
  await page.getByTestId('check-by-card').click();
  await visit('check-card');
  await page.getByTestId('nav-home').click();
}

export async function tourEmergencyAndIdle(
  page: Page,
  kiosk: HostProcess,
  visit: VisitScreen,
): Promise<void> {
  await page.getByTestId('journey-emergency').click();
  await expect(page.getByTestId('emergency-status')).toHaveAttribute(
    'data-status',
    /queued|forwarded/,
  );
  await visit('emergency');
  await openKiosk(page, kiosk, '?idleMs=400&warnMs=600000');
  await page.getByTestId('journey-askForHelp').click();
  await expect(page.getByTestId('idle-warning')).toBeVisible();
  await visit('idle-warning');
}

export async function tourContactCentre(page: Page, visit: VisitScreen): Promise<void> {
  await page.getByTestId('journey-contactCentre').click();
  await expect(page.getByTestId('contact-centre-facts')).toBeVisible();
  await visit('contact-centre');
  await tapPaged(page, 'contact-by-card');
  await expect(page.getByTestId('contact-card')).toBeVisible();
  await visit('contact-card');
  await page.getByTestId('demo-cards').click();
  await tapPaged(page, 'demo-card-han-resident');
  await expect(page.getByTestId('contact-card-grid')).toBeVisible();
  await visit('contact-card-grid');
  await page.getByTestId('print-contact-slip').click();
  await expect(page.getByTestId('contact-slip-outcome')).toHaveAttribute('data-receipt', 'printed');
  await visit('contact-card-grid-slip');
  await page.getByTestId('done').click();
  await liftDemoCard(page);
  await page.getByTestId('journey-contactCentre').click();
  await tapPaged(page, 'contact-by-street');
  await expect(page.getByTestId('contact-streets')).toBeVisible();
  await visit('contact-streets');
  await tapPaged(page, 'street-和平路');
  await expect(page.getByTestId('contact-street-grid')).toBeVisible();
  await visit('contact-street-grid');
  await page.getByTestId('nav-back').click();
  await page.getByTestId('nav-back').click();
  await tapPaged(page, 'contact-points-open');
  await expect(page.getByTestId('contact-points')).toBeVisible();
  await visit('contact-points');
  await page.getByTestId('nav-home').click();
}
