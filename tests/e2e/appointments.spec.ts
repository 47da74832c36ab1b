// Appointments and home visits (服务预约) end to end against the reference centre, as a resident
// books: the tile, a service, a day, a time (full ones shown as full), a phone on the pad, the
// read-back, the result with the booking code and its receipt on the simulated printer; the
// look-up by code and a cancellation the centre receives. With the centre away a booking says
// "waiting for confirmation" (等待确认) and is confirmed once it returns; one whose slot filled
// at the centre meanwhile reads plainly at look-up with the next free slots, and staff see it in
// the upload queue. Against the strict (plain Open311) centre the tile says booking is not
// offered and gives the hotline. Each screen meets the elderly-first rules.
import { type Page, expect, test } from '@playwright/test';
import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import type { CentreProcess } from '../support/centreProcess.js';
import type { HostProcess } from '../support/startHostProcess.js';
import { useCentreKiosks } from './support/centreKiosks.js';
import { journeyCentres, meetsElderlyRules } from './support/centreJourneys.js';
import { demoReceipts, openKiosk, typeOnPad } from './support/kioskPage.js';
import { addStaff, signInAsStaff } from './support/staffDesk.js';

const processes = useCentreKiosks();
const centres = journeyCentres(processes);
const { centreAt } = processes;

function kioskFor(centre: CentreProcess, root: string): Promise<HostProcess> {
  return processes.kioskFor(centre, join(root, 'kiosk'));
}

async function centreStatus(centre: CentreProcess, code: string): Promise<string | null> {
  const url = new URL(`x/appointments/${code}.json`, centre.url);
  url.searchParams.set('api_key', centre.apiKey);
  const reply = await fetch(url);
  if (reply.status !== 200) return null;
  return ((await reply.json()) as { status: string }[])[0]?.status ?? null;
}

/** Books `service` on its first day with places at `start`, with a phone; returns the code. */
async function book(page: Page, service: string, start: string, checks = false): Promise<string> {
  await page.getByTestId('journey-appointments').click();
  await page.getByTestId(`appointments-service-${service}`).click();
  await expect(page.getByText('第 2 步，共 5 步')).toBeVisible();
  if (checks) await meetsElderlyRules(page);
  await page.locator('[data-testid^="appointments-day-"]:not([disabled])').first().click();
  if (checks) await meetsElderlyRules(page);
  await page.getByTestId(`appointments-slot-${start}`).click();
  if (checks) await meetsElderlyRules(page);
  await page.getByTestId('appointments-by-phone').click();
  await typeOnPad(page, '13800138000');
  await page.getByTestId('phone-next').click();
  await expect(page.getByTestId('appointments-confirm')).toBeVisible();
  if (checks) await meetsElderlyRules(page);
  await page.getByTestId('appointments-book').click();
  await expect(page.getByTestId('appointments-result')).toBeVisible();
  if (checks) await meetsElderlyRules(page);
  const code = (await page.getByTestId('appointments-code').textContent())?.trim() ?? '';
  expect(code).toMatch(/^0101-\d{5}$/);
  await expect(page.getByTestId('appointments-receipt')).toHaveAttribute('data-receipt', 'printed');
  return code;
}

async function lookUp(page: Page, code: string): Promise<void> {
  await page.getByTestId('nav-home').click();
  await page.getByTestId('journey-appointments').click();
  await page.getByTestId('appointments-lookup').click();
  await typeOnPad(page, code.replace('-', ''));
  await page.getByTestId('appointments-find').click();
  await expect(page.getByTestId('appointments-booking')).toBeVisible();
}

async function newestReceiptText(page: Page): Promise<string> {
  return ((await demoReceipts(page)).at(-1)?.lines ?? []).join('\n');
}

test('booked online with a receipt, looked up and cancelled by its code', async ({ page }) => {
  test.setTimeout(90_000);
  const { root, centre } = await centres.fresh('appointments');
  const host = await kioskFor(centre, root);
  await openKiosk(page, host);
  await page.getByTestId('journey-appointments').click();
  await expect(page.getByTestId('appointments-service-home-visit')).toBeVisible();
  await meetsElderlyRules(page);
  await page.getByTestId('nav-home').click();

  const code = await book(page, 'health-check', '0830', true);
  await expect(page.getByTestId('appointments-state')).toHaveAttribute('data-state', 'confirmed');
  const receipt = await newestReceiptText(page);
  expect(receipt).toContain(code);
  expect(receipt).toContain('服务中心已确认');
  expect(receipt).not.toContain('13800138000');
  expect(await centreStatus(centre, code)).toBe('booked');

  await lookUp(page, code);
  await expect(page.getByTestId('appointments-state')).toHaveAttribute('data-state', 'confirmed');
  await meetsElderlyRules(page);
  await page.getByTestId('appointments-cancel').click();
  await page.getByTestId('appointments-cancel-sure').click();
  await expect(page.getByTestId('appointments-state')).toHaveAttribute('data-state', 'cancelled');
  await expect.poll(() => centreStatus(centre, code), { timeout: 20_000 }).toBe('cancelled');
});

test('with the centre away: waiting, then confirmed; a slot filled meanwhile is shown plainly and told to staff', async ({
  page,
}) => {
  test.setTimeout(150_000);
  const { root, centre } = await centres.fresh('appointments-down');
  const host = await kioskFor(centre, root);
  addStaff(host, 'wang.li', '王丽');
  await openKiosk(page, host);
  // The tile reads (and caches) the slots while the centre is there.
  await centres.cacheOfferThenStop(page, centre, {
    tile: 'journey-appointments',
    offerShown: 'appointments-service-legal-advice',
  });

  const waiting = await book(page, 'health-check', '0930');
  await expect(page.getByTestId('appointments-state')).toHaveAttribute('data-state', 'waiting');
  expect(await newestReceiptText(page)).toContain('等待确认');
  await page.getByTestId('appointments-finish').click();
  const taken = await book(page, 'legal-advice', '0900');
  await lookUp(page, waiting);
  await expect(page.getByTestId('appointments-state')).toContainText('等待确认');

  // Meanwhile another kiosk takes the legal advice slot's one place at the centre, which this
  // kiosk still cannot reach (the centre answers on another port for now).
  const elsewhere = await centreAt(centre.dataDir);
  const slots = (await (
    await fetch(new URL(`x/appointments/slots.json?api_key=${elsewhere.apiKey}`, elsewhere.url))
  ).json()) as {
    service_code: string;
    slots: { slot_id: string; start: string; free: number }[];
  }[];
  const legal = slots
    .find((service) => service.service_code === 'legal-advice')
    ?.slots.find((slot) => slot.start === '09:00' && slot.free > 0);
  const filled = await fetch(new URL('x/appointments.json', elsewhere.url), {
    method: 'POST',
    headers: {
      'content-type': 'application/x-www-form-urlencoded',
      'Idempotency-Key': randomUUID(),
    },
    body: new URLSearchParams({
      api_key: elsewhere.apiKey,
      booking_code: '0201-00001',
      slot_id: legal?.slot_id ?? '',
      contact_kind: 'phone',
      phone: '13900139000',
    }).toString(),
  });
  expect(filled.status).toBe(201);
  await elsewhere.stop();

  const back = await centres.back(centre);
  await expect.poll(() => centreStatus(back, waiting), { timeout: 30_000 }).toBe('booked');
  await lookUp(page, waiting);
  await expect(page.getByTestId('appointments-state')).toHaveAttribute('data-state', 'confirmed');
  // Booked at the centre as another kiosk would: this kiosk looks it up through the centre.
  await lookUp(page, '0201-00001');
  await expect(page.getByTestId('appointments-state')).toHaveAttribute('data-state', 'confirmed');

  await lookUp(page, taken);
  await expect(page.getByTestId('appointments-state')).toHaveAttribute('data-state', 'slot-taken');
  await expect(page.getByTestId('appointments-state')).toContainText('已被约满');
  await expect(page.getByTestId('appointments-rebook').first()).toBeVisible();
  await meetsElderlyRules(page);
  expect(await centreStatus(back, taken)).toBeNull();

  await page.getByTestId('nav-home').click();
  await signInAsStaff(page);
  await page.getByTestId('staff-upload-queue').click();
  const notice = page.locator(`[data-testid="staff-queue-line"][data-ticket="${taken}"]`);
  await expect(notice).toHaveAttribute('data-state', 'held');
  await expect(notice).toContainText('时段已满');
  // Staff phoned the resident: marked handled, the notice leaves the queue.
  await notice.getByTestId('staff-queue-open').click();
  await page.getByTestId('staff-handled').click();
  await expect(page.getByTestId('staff-entry-done')).toContainText(taken);
  await page.getByTestId('staff-entry-close').click();
  await expect(notice).toHaveCount(0);
});

test('a strict (plain Open311) centre takes no bookings: the tile says so and gives the hotline', async ({
  page,
}) => {
  test.setTimeout(90_000);
  await centres.openStrictAtTile(page, 'journey-appointments');
  await expect(page.getByTestId('appointments-not-offered')).toContainText('不提供在线预约');
  await expect(page.getByTestId('appointments-not-offered')).toContainText('010-65781234');
  await expect(page.getByTestId('appointments-lookup')).toHaveCount(0);
  await meetsElderlyRules(page);
});
