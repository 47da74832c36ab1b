// "Contact the centre" end to end on the demo kiosk: the hotline, hours and address; the card
// path (the simulated reader) to the resident's own grid worker; a street from the list to its
// grids; a contact slip on the simulated printer, decoded (the hotline, the worker, a QR code
// with a tel: link); the same with the centre stopped (it is the kiosk's own data); against the
// strict plain-Open311 centre; and a production kiosk with no directory, which says plainly
// that it knows only the hotline.
import { join } from 'node:path';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import type { Page } from '@playwright/test';
import { type CentreProcess, startCentreProcess } from '../support/centreProcess.js';
import { type HostProcess, startHostProcess } from '../support/startHostProcess.js';
import { findElderlyViolations } from './support/elderlyChecks.js';
import { expect, test } from './support/kioskFixture.js';
import {
  callKiosk,
  demoReceipts,
  idNumberEverShown,
  liftDemoCard,
  openKiosk,
} from './support/kioskPage.js';
import { type StrictCentreKiosk, startStrictCentreKiosk } from './support/strictCentreKiosk.js';
import { showPaged } from './support/journeyTour.js';

async function openContact(page: Page): Promise<void> {
  await page.getByTestId('journey-contactCentre').click();
  await expect(page.getByTestId('contact-centre-facts')).toBeVisible();
}

async function newestReceipt(page: Page, count: number) {
  await expect.poll(async () => (await demoReceipts(page)).length).toBe(count);
  const receipt = (await demoReceipts(page)).at(-1);
  if (!receipt) throw new Error('nothing printed');
  return { text: receipt.lines.join('\n'), qr: receipt.qrPayloads, cut: receipt.cut };
}

async function streetPath(page: Page): Promise<void> {
  await page.getByTestId('contact-by-street').click();
  await expect(page.getByTestId('contact-streets')).toBeVisible();
  expect(await findElderlyViolations(page)).toEqual([]);
  await showPaged(page, 'street-和平路');
  await page.getByTestId('street-和平路').click();
  const screen = page.getByTestId('contact-street-grid');
  await expect(screen.locator('h1')).toHaveText('和平路的网格员');
  await expect(page.getByTestId('grid-worker-heping')).toContainText('张丽华');
  await expect(page.getByTestId('grid-worker-heping')).toContainText('18610395572');
  await expect(page.getByTestId('grid-worker-heping')).toContainText('和平路 1–49号（单号）');
  await expect(page.getByTestId('grid-worker-jianshe')).toContainText('赵海燕');
  await expect(page.getByTestId('grid-worker-jianshe')).toContainText('和平路 28号');
  expect(await findElderlyViolations(page)).toEqual([]);
}

test('the card path shows the resident’s own grid worker and prints a slip that rings them', async ({
  page,
  kiosk,
}) => {
  await openKiosk(page, kiosk);
  await expect(page.getByTestId('journey-contactCentre')).toContainText('联系服务中心');
  await openContact(page);
  await expect(page.getByTestId('contact-hotline')).toHaveText('010-65781234');
  await expect(page.getByTestId('contact-centre-hours')).toContainText('周一至周五');
  await expect(page.getByTestId('contact-centre-address')).toContainText('幸福里路8号');
  expect(await findElderlyViolations(page)).toEqual([]);

  await page.getByTestId('contact-by-card').click();
  await expect(page.getByTestId('contact-card')).toBeVisible();
  await page.getByTestId('demo-cards').click();
  await page.getByTestId('demo-card-han-resident').click();
  const mine = page.getByTestId('contact-card-grid');
  await expect(mine.locator('h1')).toHaveText('您的网格员');
  await expect(page.getByTestId('grid-worker-xfl-north')).toContainText('王秀英');
  await expect(page.getByTestId('grid-worker-xfl-north')).toContainText('13520418836');
  // "Please take your card" while it is on the reader; the demo lifts it after a moment.
  await expect(page.getByTestId('take-card')).toContainText('请取走');
  await expect(page.getByTestId('take-card')).toHaveCount(0, { timeout: 10_000 });
  // The same grid's service points come first, marked as the resident's grid's.
  await expect(mine.locator('[data-testid^="service-point-"]').first()).toContainText('本网格');
  expect(await findElderlyViolations(page)).toEqual([]);

  const before = (await demoReceipts(page)).length;
  await page.getByTestId('print-contact-slip').click();
  await expect(page.getByTestId('contact-slip-outcome')).toHaveAttribute('data-receipt', 'printed');
  const slip = await newestReceipt(page, before + 1);
  expect(slip.text).toContain('联系单');
  expect(slip.text).toMatch(/服务热线\s+010-65781234/);
  expect(slip.text).toContain('网格员: 王秀英');
  expect(slip.text).toContain('13520418836');
  expect(slip.qr).toEqual(['tel:13520418836']);
  expect(slip.cut).toBe(true);
  // Neither the card's address nor its number ever reached the page or the slip.
  expect(await page.content()).not.toContain('2单元501');
  expect(slip.text).not.toContain('张伟');
  expect(await idNumberEverShown(page)).toBe('');

  // Done forgets the visit: the card is no longer offered.
  await page.getByTestId('done').click();
  await expect(page.getByTestId('journey-emergency')).toBeVisible();
  await liftDemoCard(page);
  await openContact(page);
  await page.getByTestId('contact-by-card').click();
  await expect(page.getByTestId('use-visit-card')).toHaveCount(0);
});

test('a card from elsewhere leads to the street list; a street shows its grids, in each language', async ({
  page,
  kiosk,
}) => {
  await openKiosk(page, kiosk);
  await openContact(page);
  await page.getByTestId('contact-by-card').click();
  await page.getByTestId('demo-cards').click();
  await page.getByTestId('demo-card-minority-resident').click();
  await expect(page.getByTestId('contact-card-no-grid')).toContainText('不在本社区的网格里');
  await page.getByTestId('nav-home').click();
  await openContact(page);
  await streetPath(page);

  // A street shared by two grids: each worker has a slip of their own.
  const before = (await demoReceipts(page)).length;
  await page.getByTestId('print-contact-slip-jianshe').click();
  await expect(page.getByTestId('contact-slip-outcome')).toHaveAttribute('data-receipt', 'printed');
  const slip = await newestReceipt(page, before + 1);
  expect(slip.text).toContain('赵海燕');
  expect(slip.qr).toEqual(['tel:18911523064']);

  // Back to the list, and the service points of the whole community.
  await page.getByTestId('nav-back').click();
  await expect(page.getByTestId('contact-streets')).toBeVisible();
  await page.getByTestId('nav-back').click();
  await page.getByTestId('contact-points-open').click();
  await expect(page.getByTestId('contact-points')).toBeVisible();
  await expect(page.locator('[data-testid^="service-point-"]').first()).toContainText(/现在/);
  expect(await findElderlyViolations(page)).toEqual([]);

  // The street list in the signs' own names: English from the data, and a Traditional name the
  // data gives where a converter would write it wrong (胡同, never 衚衕).
  for (const [language, street, worker] of [
    ['en', 'Heping Road', 'Heping Road'],
    ['zh-TW', '和平里胡同', '和平路的網格員'],
  ] as const) {
    await page.getByTestId('nav-home').click();
    await page.getByTestId(`language-${language}`).click();
    await openContact(page);
    await page.getByTestId('contact-by-street').click();
    await showPaged(page, 'street-和平路');
    await expect(page.getByTestId('contact-streets')).toContainText(street);
    await expect(page.getByTestId('contact-streets')).not.toContainText('衚衕');
    await page.getByTestId('street-和平路').click();
    await expect(page.getByTestId('contact-street-grid')).toContainText(worker);
  }
});

test.describe('with the centre', () => {
  let centre: CentreProcess | undefined;
  let host: HostProcess | undefined;
  let root = '';
  test.afterEach(async () => {
    await host?.stop();
    await centre?.stop();
    if (root) rmSync(root, { recursive: true, force: true });
    host = undefined;
    centre = undefined;
  });

  test('stopped after it sent its directory: the grids and the slip still work', async ({
    page,
  }) => {
    test.setTimeout(90_000);
    root = mkdtempSync(join(tmpdir(), 'kiosk-e2e-contact-'));
    centre = await startCentreProcess(join(root, 'centre'));
    host = await startHostProcess({
      KIOSK_DATA_DIR: join(root, 'kiosk'),
      KIOSK_UPSTREAM_URL: centre.url,
      KIOSK_UPSTREAM_API_KEY: centre.apiKey,
    });
    await openKiosk(page, host);
    // The kiosk reads the centre's directory (with its address rules), then the centre goes.
    await expect
      .poll(
        async () =>
          (await callKiosk<{ platform: { directorySource: string } }>(page, 'getKioskInfo', {}))
            .platform.directorySource,
        { timeout: 30_000 },
      )
      .toBe('upstream');
    await centre.stop();
    centre = undefined;

    await openContact(page);
    await expect(page.getByTestId('contact-hotline')).toHaveText('010-65781234');
    await streetPath(page);
    await page.getByTestId('nav-home').click();
    await openContact(page);
    await page.getByTestId('contact-by-card').click();
    await page.getByTestId('demo-cards').click();
    await page.getByTestId('demo-card-long-term-resident').click();
    await expect(page.getByTestId('grid-worker-heping')).toContainText('张丽华');
    const before = (await demoReceipts(page)).length;
    await page.getByTestId('print-contact-slip').click();
    await expect(page.getByTestId('contact-slip-outcome')).toHaveAttribute(
      'data-receipt',
      'printed',
    );
    expect((await newestReceipt(page, before + 1)).qr).toEqual(['tel:18610395572']);
  });
});

test.describe('the strict (plain Open311) centre', () => {
  let setup: StrictCentreKiosk | undefined;
  test.afterEach(async () => {
    await setup?.dispose();
    setup = undefined;
  });

  test('has no directory extension: the tile works from the kiosk’s own directory', async ({
    page,
  }) => {
    test.setTimeout(90_000);
    setup = await startStrictCentreKiosk();
    await setup.platformRead();
    await openKiosk(page, setup.host);
    await openContact(page);
    await expect(page.getByTestId('contact-hotline')).toHaveText('010-65781234');
    await streetPath(page);
    await page.getByTestId('print-contact-slip-heping').click();
    await expect(page.getByTestId('contact-slip-outcome')).toHaveAttribute(
      'data-receipt',
      'printed',
    );
  });
});

test.describe('a production kiosk without a directory', () => {
  test.use({ kioskMode: 'production', kioskDirectory: false });

  test('says it knows only the hotline, and still prints it', async ({ page, kiosk }) => {
    await openKiosk(page, kiosk);
    await openContact(page);
    await expect(page.getByTestId('contact-hotline')).toHaveText('12345');
    await expect(page.getByTestId('contact-no-directory')).toContainText('只能告诉您服务热线');
    await expect(page.getByTestId('contact-by-card')).toHaveCount(0);
    await expect(page.getByTestId('contact-centre-hours')).toHaveCount(0);
    expect(await findElderlyViolations(page)).toEqual([]);
    await page.getByTestId('print-contact-slip').click();
    await expect(page.getByTestId('contact-slip-outcome')).toHaveAttribute(
      'data-receipt',
      'printed',
    );
  });
});
