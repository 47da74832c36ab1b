// The red button: one press sends the emergency and shows the numbers to call, and it goes to the
// front of the queue for the centre.
import Database from 'better-sqlite3';
import { join } from 'node:path';
import { expect, test } from './support/kioskFixture.js';
import { findElderlyViolations } from './support/elderlyChecks.js';
import { callKiosk, layDemoCard, openKiosk } from './support/kioskPage.js';
import type { HostProcess } from '../support/startHostProcess.js';

interface QueuedEntry {
  ticket: string;
  kind: string;
  priority: number;
}

/** The kiosk's queue for the centre in the order the upload worker sends it, read-only. */
function outboxInSendingOrder(kiosk: HostProcess): QueuedEntry[] {
  const db = new Database(join(kiosk.dataDir, 'kiosk.sqlite'), { readonly: true });
  try {
    return db
      .prepare(
        `SELECT requests.ticket AS ticket, outbox.kind AS kind, outbox.priority AS priority
         FROM outbox JOIN requests ON requests.id = outbox.request_id
         ORDER BY outbox.priority, outbox.id`,
      )
      .all() as QueuedEntry[];
  } finally {
    db.close();
  }
}

/** What the receipt's QR code carries for a ticket: its look-up code and secret. */
function qrCodeOf(kiosk: HostProcess, ticket: string): string {
  const db = new Database(join(kiosk.dataDir, 'kiosk.sqlite'), { readonly: true });
  try {
    const row = db
      .prepare('SELECT lookup_code AS code, lookup_secret AS secret FROM requests WHERE ticket = ?')
      .get(ticket) as { code: string; secret: string } | undefined;
    if (!row) throw new Error(`no request ${ticket}`);
    return `${row.code}-${row.secret}`;
  } finally {
    db.close();
  }
}

test('one press tells the centre (honestly) and shows 110/120/119 and the hotline', async ({
  page,
  kiosk,
}) => {
  await openKiosk(page, kiosk);
  const sent = page.waitForRequest((request) => request.url().endsWith('/api/submitEmergency'));
  await page.getByTestId('journey-emergency').click();
  await sent;
  const screen = page.getByTestId('emergency-numbers');
  for (const number of ['110', '120', '119']) await expect(screen).toContainText(number);
  const status = page.getByTestId('emergency-status');
  // With no upstream yet the request is queued: the screen says it is saved and will be sent.
  await expect(status).toHaveAttribute('data-status', /queued|forwarded/);
  if ((await status.getAttribute('data-status')) === 'queued')
    await expect(status).toContainText('网络一通就会马上送到');
  else await expect(status).toContainText('已经收到');
  // The same hotline as the top bar: one number for the centre on the screen.
  const hotline = (await page.getByTestId('hotline').textContent()) ?? '';
  await expect(page.getByTestId('emergency-hotline')).toContainText(hotline);
  await expect(page.getByTestId('emergency-ticket')).toContainText(/A01-\d{4}-\d{4}/);
  const numberSize = await screen
    .locator('.emergency-numbers__number')
    .first()
    .evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
  expect(numberSize).toBeGreaterThanOrEqual(72);
  expect(await findElderlyViolations(page)).toEqual([]);

  // The request exists as an emergency.
  const ticket = ((await page.getByTestId('emergency-ticket').textContent()) ?? '').match(
    /A01-\d{4}-\d{4}/,
  )?.[0];
  // A typed ticket shows only the stage; the receipt's QR code (here read from the kiosk's own
  // database, as its printer would have it) shows the rest.
  expect(await callKiosk(page, 'getRequestStatus', { ticket })).toMatchObject({
    access: 'stage',
    stage: 'accepted',
    emergency: null,
  });
  const saved = await callKiosk<{ emergency: boolean; category: string }>(
    page,
    'getRequestStatus',
    { ticket: qrCodeOf(kiosk, ticket ?? '') },
  );
  expect(saved).toMatchObject({ access: 'full', emergency: true, category: 'safety-emergency' });

  await page.getByTestId('done').click();
  await expect(page.getByTestId('journey-emergency')).toBeVisible();
});

test('with a card read in this visit, the emergency carries it and shows the grid worker', async ({
  page,
  kiosk,
}) => {
  await openKiosk(page, kiosk);
  // Read a card through "check my request", then go home and press the red button.
  await page.getByTestId('journey-checkRequest').click();
  await page.getByTestId('check-by-card').click();
  // 王秀英's address is in one of the demo community's grids.
  await layDemoCard(page, 'long-term-resident');
  await expect(page.getByTestId('check-list')).toBeVisible();
  await page.getByTestId('nav-home').click();
  const response = page.waitForResponse((r) => r.url().endsWith('/api/submitEmergency'));
  await page.getByTestId('journey-emergency').click();
  const answer = await response;
  const body = answer.request().postDataJSON() as { cardToken?: string };
  expect(body.cardToken).toMatch(/^[0-9a-f-]{36}$/);
  await expect(page.getByTestId('emergency-status')).toHaveAttribute(
    'data-status',
    /queued|forwarded/,
  );
  // The grid worker is shown exactly when the kiosk could place the resident in a grid.
  const reply = (await answer.json()) as {
    value: { gridContact: { workerName: string; phone: string } | null };
  };
  const grid = page.getByTestId('emergency-grid-worker');
  if (reply.value.gridContact) {
    await expect(grid).toContainText(reply.value.gridContact.workerName);
    await expect(grid).toContainText(reply.value.gridContact.phone);
  } else await expect(grid).toHaveCount(0);
  expect(await findElderlyViolations(page)).toEqual([]);
});

test('if the kiosk cannot send it, the numbers are still there and it says so', async ({
  page,
  kiosk,
}) => {
  await openKiosk(page, kiosk);
  await page.route('**/api/submitEmergency', (route) =>
    route.fulfill({
      status: 503,
      contentType: 'application/json',
      body: JSON.stringify({ ok: false, error: { code: 'unavailable', message: 'down' } }),
    }),
  );
  await page.getByTestId('journey-emergency').click();
  await expect(page.getByTestId('emergency-status')).toHaveAttribute('data-status', 'failed');
  await expect(page.getByTestId('emergency-status')).toContainText('没能通知服务中心');
  for (const number of ['110', '120', '119', '010-65781234'])
    await expect(page.getByTestId('emergency-numbers')).toContainText(number);
  expect(await findElderlyViolations(page)).toEqual([]);
});

test('an emergency goes ahead of a normal request made before it', async ({ page, kiosk }) => {
  await openKiosk(page, kiosk);
  const normal = await callKiosk<{ ticket: string }>(page, 'submitRequest', {
    category: 'basic-living',
    needId: null,
    description: '楼道灯坏了',
    urgency: 'normal',
    contact: { phone: '13800138000' },
    language: 'zh-CN',
  });
  await page.getByTestId('journey-emergency').click();
  await expect(page.getByTestId('emergency-ticket')).toContainText(/A01-\d{4}-\d{4}/);
  const emergency = ((await page.getByTestId('emergency-ticket').textContent()) ?? '').match(
    /A01-\d{4}-\d{4}/,
  )?.[0];

  // Saved second, sent first: the emergency's entry is ahead of the normal one.
  expect(outboxInSendingOrder(kiosk)).toEqual([
    { ticket: emergency, kind: 'request', priority: 0 },
    { ticket: normal.ticket, kind: 'request', priority: 2 },
  ]);
});
