// Take a number (取号) end to end against the reference centre, two kiosk processes of one
// centre: the resident's number with the wait the centre says and a printed ticket (the number
// printed large); with the centre stopped, numbers issued by each kiosk from its own space, the
// wait estimated (约) on screen and ticket, delivered once the centre is back; no number ever given
// twice. Against the strict (plain Open311) centre the tile says plainly numbers are not taken
// here and where to go instead. The screens meet the elderly-first rules.
import { type Page, expect, test } from '@playwright/test';
import { join } from 'node:path';
import type { TakenNumber } from '../../contract/index.js';
import type { CentreProcess } from '../support/centreProcess.js';
import type { HostProcess } from '../support/startHostProcess.js';
import { useCentreKiosks } from './support/centreKiosks.js';
import { journeyCentres, meetsElderlyRules, uploadQueueDepth } from './support/centreJourneys.js';
import { demoReceipts, openKiosk } from './support/kioskPage.js';
import { callHost } from './support/staffDesk.js';

const processes = useCentreKiosks();
const centres = journeyCentres(processes);

function kioskFor(centre: CentreProcess, root: string, kioskId: string): Promise<HostProcess> {
  return processes.kioskFor(centre, join(root, `kiosk-${kioskId}`), { KIOSK_ID: kioskId });
}

async function waitingAtCentre(centre: CentreProcess): Promise<number | undefined> {
  const url = new URL('x/queue/services.json', centre.url);
  url.searchParams.set('api_key', centre.apiKey);
  const services = (await (await fetch(url)).json()) as { service_code: string; waiting: number }[];
  return services.find((s) => s.service_code === 'civil-affairs')?.waiting;
}

/** The resident at kiosk A takes an ordinary number for 民政救助; its printed ticket's lines. */
async function takeCivilAffairs(page: Page): Promise<{ number: string; ticket: string }> {
  const before = (await demoReceipts(page)).length;
  await page.getByTestId('journey-takeNumber').click();
  await expect(page.getByTestId('take-number-service-civil-affairs')).toBeVisible();
  await meetsElderlyRules(page);
  await page.getByTestId('take-number-service-civil-affairs').click();
  await expect(page.getByTestId('take-number-priority-yes')).toBeVisible();
  await meetsElderlyRules(page);
  await page.getByTestId('take-number-plain').click();
  await expect(page.getByTestId('take-number-ticket')).toHaveAttribute('data-receipt', 'printed');
  await meetsElderlyRules(page);
  const number = (await page.getByTestId('take-number-number').textContent()) ?? '';
  await expect.poll(async () => (await demoReceipts(page)).length).toBe(before + 1);
  const ticket = (await demoReceipts(page)).at(-1)?.lines.join('\n') ?? '';
  await page.getByTestId('take-number-done').click();
  await expect(page.getByTestId('journey-takeNumber')).toBeVisible();
  return { number, ticket };
}

const takeAt = (host: HostProcess) =>
  callHost<TakenNumber>(host, 'getQueue', {}).then(() =>
    callHost<TakenNumber>(host, 'takeNumber', {
      serviceCode: 'civil-affairs',
      priority: false,
      language: 'zh-CN',
    }),
  );

test('two kiosks: numbers from the centre, then their own while it is stopped, never the same', async ({
  page,
}) => {
  test.setTimeout(150_000);
  const { root, centre } = await centres.fresh('take-number');
  const a = await kioskFor(centre, root, 'A01');
  const b = await kioskFor(centre, root, 'B02');
  await openKiosk(page, a);

  const first = await takeCivilAffairs(page);
  expect(first.number).toBe('B001');
  expect(first.ticket).toContain('B001');
  expect(first.ticket).toContain('前面还有 0 人');
  expect(first.ticket).toContain('2 号窗口');
  const fromB = await takeAt(b);
  expect(fromB).toMatchObject({ number: 'B002', waitingAhead: 1, estimated: false });

  await centre.stop();
  const offline = await takeCivilAffairs(page);
  expect(offline.number).toBe('B01-A01');
  expect(offline.ticket).toContain('约');
  const offlineB = await takeAt(b);
  expect(offlineB).toMatchObject({ number: 'B01-B02', estimated: true });
  expect(await uploadQueueDepth(a)).toBe(1);

  const back = await centres.back(centre);
  await expect.poll(() => waitingAtCentre(back), { timeout: 30_000 }).toBe(4);
  await expect.poll(() => uploadQueueDepth(a)).toBe(0);
  await expect.poll(() => uploadQueueDepth(b)).toBe(0);
  const again = await takeAt(b);
  expect(again).toMatchObject({ number: 'B003', waitingAhead: 4, estimated: false });
  const all = [first.number, fromB.number, offline.number, offlineB.number, again.number];
  expect(new Set(all).size).toBe(all.length);
});

test('the ticket’s wait is marked estimated on screen while the centre is stopped', async ({
  page,
}) => {
  test.setTimeout(90_000);
  const { root, centre } = await centres.fresh('take-number-down');
  const host = await kioskFor(centre, root, 'A01');
  await openKiosk(page, host);
  await centres.cacheOfferThenStop(page, centre, {
    tile: 'journey-takeNumber',
    offerShown: 'take-number-service-residence-papers',
  });

  await page.getByTestId('journey-takeNumber').click();
  await expect(page.getByTestId('take-number-estimated')).toBeVisible();
  await expect(page.getByTestId('take-number-service-residence-papers')).toContainText('约');
  await meetsElderlyRules(page);
  // No priority numbers for this service: one press takes the number.
  await page.getByTestId('take-number-service-residence-papers').click();
  await expect(page.getByTestId('take-number-number')).toHaveText('C01-A01');
  await expect(page.getByTestId('take-number-ahead')).toHaveAttribute('data-estimated', 'true');
  await expect(page.getByTestId('take-number-ahead')).toContainText('约');
  await expect(page.getByTestId('take-number-ticket')).toHaveAttribute('data-receipt', 'printed');
  await meetsElderlyRules(page);
});

test('a strict (plain Open311) centre takes no numbers: the tile says where to go', async ({
  page,
}) => {
  test.setTimeout(90_000);
  await centres.openStrictAtTile(page, 'journey-takeNumber');
  await expect(page.getByTestId('take-number-not-offered')).toContainText('前台');
  await expect(page.getByTestId('take-number-not-offered')).toContainText('010-65781234');
  await expect(page.getByRole('alert')).toHaveCount(0);
  await meetsElderlyRules(page);
});
