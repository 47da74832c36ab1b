// The emergency screen against the real strict reference centre: it first says the emergency is
// saved on this kiosk, and once the upload worker has handed it to the centre it says, in other
// words and another colour, that the centre has it and who will call back — without a tap.
import { expect, test } from '@playwright/test';
import { openKiosk } from './support/kioskPage.js';
import { type StrictCentreKiosk, startStrictCentreKiosk } from './support/strictCentreKiosk.js';

let setup: StrictCentreKiosk | undefined;
test.afterEach(async () => {
  const testInfo = test.info();
  if (setup && testInfo.status !== testInfo.expectedStatus)
    await testInfo.attach('host-log', { body: setup.host.output(), contentType: 'text/plain' });
  await setup?.dispose();
  setup = undefined;
});

test('saved here, then "the centre has it" as soon as the centre holds it', async ({ page }) => {
  test.setTimeout(90_000);
  setup = await startStrictCentreKiosk();
  await setup.platformRead();
  await openKiosk(page, setup.host);
  await page.getByTestId('journey-emergency').click();
  const status = page.getByTestId('emergency-status');
  await expect(status).toHaveAttribute('data-status', /queued|forwarded/);
  // The worker forwards it; the screen's look-ups (2, 4, 8, then every 15 s) notice.
  await expect(status).toHaveAttribute('data-status', 'forwarded', { timeout: 45_000 });
  await expect(status).toHaveClass(/notice--success/);
  await expect(status).toContainText('服务中心已收到');
  await expect(status).toContainText('会给您回电话');
  const ticketLine = (await page.getByTestId('emergency-ticket').textContent()) ?? '';
  const ticket = /A\d\d-\d{4}-\d{4}/.exec(ticketLine)?.[0] ?? '';
  expect(await setup.recordsWithTicket(ticket)).toHaveLength(1);
});
