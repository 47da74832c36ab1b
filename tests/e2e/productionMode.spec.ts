// A production kiosk (demoMode false, real device settings, a provisioned directory.json) never
// shows the invented demo community: on every screen a resident reaches, the page's text is
// scanned for every demo name and phone number. Without a directory it shows the hotline and
// says plainly that the services are being loaded.
import type { Page } from '@playwright/test';
import { demoFingerprints } from '../support/demoFingerprints.js';
import { productionCommunityName, productionHotline } from '../support/productionEnv.js';
import { provisionedDirectory } from '../support/provisionedDirectory.js';
import { chooseKioskPlace } from './support/askPlace.js';
import { expect, test } from './support/kioskFixture.js';
import { checkByDigits } from './support/freshRequest.js';
import { openKiosk, typeOnPad } from './support/kioskPage.js';

const fingerprints = demoFingerprints();

/** Every screen visited, by test id, with any demo name or number its text showed. */
async function scan(page: Page, screen: string, seen: Map<string, string[]>): Promise<void> {
  await expect(page.getByTestId(screen)).toBeVisible();
  const text = await page.evaluate(() => document.body.innerText);
  seen.set(
    screen,
    fingerprints.filter((fingerprint) => text.includes(fingerprint)),
  );
}

test.describe('a production kiosk with a provisioned directory', () => {
  test.use({ kioskMode: 'production' });

  test('shows no demo name or number on any screen of asking and checking', async ({
    page,
    kiosk,
  }) => {
    const seen = new Map<string, string[]>();
    const requested: string[] = [];
    page.on('request', (request) => requested.push(request.url()));
    await openKiosk(page, kiosk);
    await scan(page, 'journey-emergency', seen);
    await expect(page.getByText(productionCommunityName).first()).toBeVisible();
    await expect(page.getByTestId('demo-cards')).toHaveCount(0);

    await page.getByTestId('journey-askForHelp').click();
    await scan(page, 'ask-category', seen);
    await page.getByTestId('category-basic-living').click();
    await scan(page, 'ask-need', seen);
    const need = provisionedDirectory.needs[0];
    if (!need) throw new Error('the provisioned directory has no need');
    await expect(page.getByTestId(`need-${need.id}`)).toContainText(need.title['zh-CN']);
    await expect(page.getByTestId('services-loading')).toHaveCount(0);
    await page.getByTestId(`need-${need.id}`).click();
    await scan(page, 'ask-urgency', seen);
    await page.getByTestId('urgency-normal').click();
    await expect(page.getByTestId('card-fallback')).toBeVisible();
    // The card reader is configured but not attached: no demo card picker, the phone way on.
    await expect(page.getByTestId('demo-cards')).toHaveCount(0);
    await scan(page, 'card-fallback', seen);
    await page.getByTestId('card-fallback').click();
    await typeOnPad(page, '13800138000');
    await scan(page, 'phone-next', seen);
    await page.getByTestId('phone-next').click();
    await scan(page, 'name-skip', seen);
    await page.getByTestId('name-skip').click();
    await scan(page, 'ask-location', seen);
    await chooseKioskPlace(page);
    await scan(page, 'ask-confirm', seen);
    await page.getByTestId('confirm-submit').click();
    await scan(page, 'ask-result', seen);
    await expect(page.getByTestId('demo-receipt-open')).toHaveCount(0);
    const ticket = (await page.getByTestId('ticket-number').textContent()) ?? '';
    await page.getByTestId('done').click();

    await checkByDigits(page, ticket);
    await scan(page, 'check-status', seen);
    await page.getByTestId('nav-home').click();
    await page.getByTestId('journey-emergency').click();
    await scan(page, 'emergency-numbers', seen);

    expect(seen.size).toBeGreaterThanOrEqual(12);
    // The page's demo module (picker, idle-timing hooks) was never even fetched.
    expect(requested.filter((url) => url.includes('demoParts'))).toEqual([]);
    expect(Object.fromEntries([...seen].filter(([, found]) => found.length > 0))).toEqual({});
  });
});

test.describe('a production kiosk with no directory yet', () => {
  test.use({ kioskMode: 'production', kioskDirectory: false });

  test('shows the hotline and says the services are being loaded', async ({ page, kiosk }) => {
    const seen = new Map<string, string[]>();
    await openKiosk(page, kiosk);
    await page.getByTestId('journey-askForHelp').click();
    await scan(page, 'ask-category', seen);
    await expect(page.getByTestId('services-loading')).toContainText('服务信息正在加载');
    await expect(page.getByTestId('services-loading')).toContainText(productionHotline);
    await page.getByTestId('category-basic-living').click();
    await scan(page, 'ask-need', seen);
    await expect(page.getByTestId('services-loading')).toBeVisible();
    await expect(
      page.locator('[data-testid^="need-"]:not([data-testid="need-other"])'),
    ).toHaveCount(0);
    await expect(page.getByTestId('need-other')).toBeVisible();
    expect(Object.fromEntries([...seen].filter(([, found]) => found.length > 0))).toEqual({});
  });
});

test.describe('the probe itself, on a demo kiosk', () => {
  test('finds the demo community on the home screen, and the page loads its demo module', async ({
    page,
    kiosk,
  }) => {
    const seen = new Map<string, string[]>();
    const requested: string[] = [];
    page.on('request', (request) => requested.push(request.url()));
    await openKiosk(page, kiosk);
    await scan(page, 'journey-emergency', seen);
    expect(seen.get('journey-emergency')).toContain('010-65781234');
    expect(requested.some((url) => url.includes('demoParts'))).toBe(true);
  });
});
