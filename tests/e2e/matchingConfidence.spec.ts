// The matcher's answer on screen: a danger phrase typed under a journey that is not the
// emergency one offers the emergency call before anything else, and opens the emergency screen;
// a need nothing in the community fits says plainly that staff take it on, lists no services,
// gives the hotline, and still prints a receipt that says the same. Typing a danger phrase offers
// the emergency call on the describe screen already, before submit, without stopping the request,
// and the request it goes on to make is urgent though "normal" was tapped.
import type { Page } from '@playwright/test';
import { expect, test } from './support/kioskFixture.js';
import { demoReceipts, openKiosk, typeOnPad } from './support/kioskPage.js';
import { showPaged } from './support/journeyTour.js';

async function askInOwnWords(page: Page, category: string, words: string): Promise<void> {
  await page.getByTestId('journey-askForHelp').click();
  await page.getByTestId(`category-${category}`).click();
  await page.getByTestId('need-other').click();
  await expect(page.getByTestId('ask-describe')).toBeVisible();
  await page.getByTestId('describe-text').fill(words);
  await expect(page.getByTestId('describe-preview')).toContainText(words);
  await page.getByTestId('describe-next').click();
  await page.getByTestId('urgency-normal').click();
  await page.getByTestId('card-fallback').click();
  await typeOnPad(page, '13912345678');
  await page.getByTestId('phone-next').click();
  await page.getByTestId('name-skip').click();
  const location = page.getByTestId('ask-location');
  const confirm = page.getByTestId('ask-confirm');
  await expect(location.or(confirm)).toBeVisible();
  if (await location.isVisible()) await page.getByTestId('location-kiosk').click();
  await expect(confirm).toBeVisible();
  await page.getByTestId('confirm-submit').click();
  await expect(page.getByTestId('ask-result')).toBeVisible();
}

test('a faint typed under social activities offers the emergency call first', async ({
  page,
  kiosk,
}) => {
  await openKiosk(page, kiosk);
  await askInOwnWords(page, 'social-cultural', '活动室里有个老人突然晕倒了');
  const offer = page.getByTestId('danger-offer');
  await expect(offer).toBeVisible();
  await expect(offer.getByTestId('danger-call-120')).toContainText('120');
  // Before anything else: the offer comes before the ticket and the services in the page.
  const order = await page
    .getByTestId('ask-result')
    .evaluate((root) =>
      ['danger-offer', 'ticket-number', 'matches'].map((id) =>
        Array.from(root.querySelectorAll('[data-testid]')).findIndex(
          (element) => element.getAttribute('data-testid') === id,
        ),
      ),
    );
  expect(order[0]).toBe(0);
  expect(order[0]).toBeLessThan(order[1] ?? -1);
  // The services follow the offer, on the next page where the offer fills the first.
  await showPaged(page, 'matches');
  await expect(page.getByTestId('matches').locator('li').first()).toContainText('应急救援队');
  await offer.getByTestId('danger-open-emergency').click();
  await expect(page.getByTestId('emergency-numbers')).toBeVisible();
});

test('a need nothing fits is passed to staff plainly, and still prints a receipt', async ({
  page,
  kiosk,
}) => {
  await openKiosk(page, kiosk);
  await askInOwnWords(page, 'basic-living', '想买一张去上海的火车票');
  await expect(page.getByTestId('passed-to-staff')).toContainText('这件事我们转给社区的工作人员');
  await expect(page.getByTestId('matches')).toHaveCount(0);
  await expect(page.getByTestId('danger-offer')).toHaveCount(0);
  await expect(page.getByTestId('result-hotline')).toContainText(/\d{3}-\d{4}/);
  const ticket = (await page.getByTestId('ticket-number').textContent()) ?? '';
  await expect(page.getByTestId('receipt-outcome')).toHaveAttribute('data-receipt', 'printed');
  const printed = (await demoReceipts(page)).at(-1)?.lines.join('\n') ?? '';
  expect(printed).toContain(ticket);
  expect(printed).toContain('这件事我们转给社区的工作人员');
});

test('a danger phrase typed under a non-emergency category is offered the emergency call before submit', async ({
  page,
  kiosk,
}) => {
  await openKiosk(page, kiosk);
  await page.getByTestId('journey-askForHelp').click();
  await page.getByTestId('category-education-employment').click();
  await page.getByTestId('need-other').click();
  await expect(page.getByTestId('ask-describe')).toBeVisible();
  await expect(page.getByTestId('describe-danger-offer')).toHaveCount(0);
  // A homophone typo of 煤气, typed as a resident would, key by key.
  await page.getByTestId('describe-text').pressSequentially('煤汽味，头有点晕');
  const offer = page.getByTestId('describe-danger-offer');
  await expect(offer).toBeVisible();
  await expect(offer.getByTestId('danger-call-119')).toContainText('119');
  // Before anything else on the screen.
  const first = await page
    .getByTestId('ask-describe')
    .evaluate((root) => root.querySelector('[data-testid]')?.getAttribute('data-testid'));
  expect(first).toBe('describe-danger-offer');
  // The offer does not stop the request: it goes on, and is made urgent though normal is tapped.
  await page.getByTestId('describe-next').click();
  await page.getByTestId('urgency-normal').click();
  await page.getByTestId('card-fallback').click();
  await typeOnPad(page, '13912345678');
  await page.getByTestId('phone-next').click();
  await page.getByTestId('name-skip').click();
  const location = page.getByTestId('ask-location');
  const confirm = page.getByTestId('ask-confirm');
  await expect(location.or(confirm)).toBeVisible();
  if (await location.isVisible()) await page.getByTestId('location-kiosk').click();
  await page.getByTestId('confirm-submit').click();
  await expect(page.getByTestId('danger-offer')).toBeVisible();
  await showPaged(page, 'receipt-outcome');
  await expect(page.getByTestId('receipt-outcome')).toHaveAttribute('data-receipt', 'printed');
  const printed = (await demoReceipts(page)).at(-1)?.lines ?? [];
  const urgencyLine = printed.find((line) => line.includes('紧急程度')) ?? '';
  expect(urgencyLine).toContain('紧急程度');
  expect(urgencyLine.replace('紧急程度', '')).toContain('紧急');
});

test('the describe screen’s emergency button opens the emergency screen', async ({
  page,
  kiosk,
}) => {
  await openKiosk(page, kiosk);
  await page.getByTestId('journey-askForHelp').click();
  await page.getByTestId('category-social-cultural').click();
  await page.getByTestId('need-other').click();
  await page.getByTestId('describe-text').fill('an old man fainted in the activity room');
  const offer = page.getByTestId('describe-danger-offer');
  await expect(offer.getByTestId('danger-call-120')).toContainText('120');
  await offer.getByTestId('danger-open-emergency').click();
  await expect(page.getByTestId('emergency-numbers')).toBeVisible();
});
