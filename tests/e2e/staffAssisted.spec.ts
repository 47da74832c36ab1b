// Staff assisted entry (代办) end to end, on a kiosk pointed at the real strict reference centre: a
// staff member signs in, chooses "为居民代办", enters a resident's request (the phone step cannot
// be skipped, even with the card), the resident confirms on the screen made for them, the request
// reaches the centre with the 代办 fact in its facts line, the receipt says it was entered with
// staff help, the audit trail has the assisted submission (verified by the real command), the
// resident's details are forgotten and staff mode stays signed in. The emergency entered for a
// resident asks for the phone and the resident's word too.
import { execFileSync } from 'node:child_process';
import { resolve } from 'node:path';
import { expect, test } from '@playwright/test';
import { parseFactsLine } from '../../upstream/wire/factsLine.js';
import type { HostProcess } from '../support/startHostProcess.js';
import { findElderlyViolations } from './support/elderlyChecks.js';
import { demoReceipts, layDemoCard, openKiosk, typeOnPad } from './support/kioskPage.js';
import { signInAsStaff, staffPin } from './support/staffDesk.js';
import { type StrictCentreKiosk, startStrictCentreKiosk } from './support/strictCentreKiosk.js';

const residentPhone = '13800138000';

function staffCommand(kiosk: HostProcess, main: string, args: string[]): string {
  return execFileSync(
    process.execPath,
    [resolve(`build/node/electron/services/staff/${main}`), ...args],
    {
      env: { ...process.env, KIOSK_DATA_DIR: kiosk.dataDir, STAFF_PIN: staffPin },
      encoding: 'utf8',
    },
  );
}

let setup: StrictCentreKiosk | undefined;
test.afterEach(async () => {
  const testInfo = test.info();
  if (setup && testInfo.status !== testInfo.expectedStatus)
    await testInfo.attach('host-log', { body: setup.host.output(), contentType: 'text/plain' });
  await setup?.dispose();
  setup = undefined;
});

test('staff enter a request for a resident, who confirms; the centre, the receipt and the audit say so', async ({
  page,
}) => {
  test.setTimeout(120_000);
  setup = await startStrictCentreKiosk();
  const { host } = setup;
  staffCommand(host, 'staffMain.js', ['add', 'wang.li', '王丽']);
  await setup.platformRead();
  await openKiosk(page, host);
  await signInAsStaff(page);
  await expect(page.getByTestId('staff-banner-name')).toHaveText('登录人：王丽');

  await page.getByTestId('staff-assisted').click();
  await expect(page.getByTestId('staff-assisted-menu')).toBeVisible();
  expect(await findElderlyViolations(page)).toEqual([]);
  await page.getByTestId('assisted-start-askForHelp').click();

  // The normal journey, with the staff banner and the notice for the resident on every screen.
  await expect(page.getByTestId('staff-banner')).toBeVisible();
  await expect(page.getByTestId('assisted-notice')).toHaveText('工作人员王丽正在为您代办。');
  await page.getByTestId('category-basic-living').click();
  await page.getByRole('button', { name: /老人吃饭/ }).click();
  await page.getByRole('button', { name: '软食' }).click();
  await page.getByRole('button', { name: '午餐' }).click();
  await page.getByRole('button', { name: '选好了，下一步' }).click();
  await page.getByTestId('urgency-normal').click();
  await layDemoCard(page, 'han-resident');

  // With the card read, a resident's own journey would go on; an assisted one needs the phone.
  await expect(page.getByTestId('ask-phone')).toBeVisible();
  await typeOnPad(page, residentPhone);
  await page.getByTestId('phone-next').click();
  await expect(page.getByTestId('ask-location')).toBeVisible();
  await page.getByRole('button', { name: /身份证上的地址/ }).click();
  await expect(page.getByTestId('ask-confirm')).toBeVisible();
  await page.getByTestId('confirm-submit').click();

  // The screen made for the resident: what will be sent, and their two answers.
  const confirm = page.getByTestId('resident-confirm');
  await expect(confirm).toBeVisible();
  await expect(confirm.getByRole('heading', { level: 1 })).toHaveText('请您本人看一看');
  await expect(page.getByTestId('resident-confirm-answer-diet')).toContainText('软食');
  await expect(page.getByTestId('resident-confirm-phone')).toContainText('138 0013 8000');
  await expect(page.getByTestId('resident-confirm-no')).toHaveText('不对，返回修改');
  const yes = page.getByTestId('resident-confirm-yes');
  await expect(yes).toHaveText('这是我的请求，请提交');
  expect(await findElderlyViolations(page)).toEqual([]);
  // "That's wrong" goes back to the read-back, with nothing sent.
  await page.getByTestId('resident-confirm-no').click();
  await expect(page.getByTestId('ask-confirm')).toBeVisible();
  await page.getByTestId('confirm-submit').click();
  await yes.click();

  await expect(page.getByTestId('ask-result')).toBeVisible();
  const ticket = (await page.getByTestId('ticket-number').textContent()) ?? '';
  expect(ticket).toMatch(/^A\d\d-\d{4}-\d{4}$/);

  // The receipt says it was entered with staff help, as the printer got it and on the preview.
  await expect(page.getByTestId('receipt-outcome')).toHaveAttribute('data-receipt', 'printed');
  const printed = (await demoReceipts(page)).at(-1);
  expect(printed?.lines).toContain('工作人员代办：王丽');
  await page.getByTestId('demo-receipt-open').click();
  await expect(page.getByTestId('paper-lines')).toContainText('工作人员代办：王丽');
  await page.getByTestId('nav-back').click();

  // The centre holds it once, with the assisted fact in the description's facts line.
  await expect
    .poll(async () => (await setup?.recordsWithTicket(ticket))?.length, { timeout: 20_000 })
    .toBe(1);
  const [record] = await setup.recordsWithTicket(ticket);
  expect(parseFactsLine(record?.description)).toMatchObject({ ticket, assistedBy: 'wang.li' });
  expect(record?.description).toContain('· 代办 wang.li]');

  // Done: the resident's details are forgotten, staff mode stays signed in.
  await page.getByTestId('done').click();
  await expect(page.getByTestId('journey-askForHelp')).toBeVisible();
  await expect(page.locator('body')).not.toContainText(ticket);
  await expect(page.getByTestId('assisted-notice')).toHaveCount(0);
  await expect(page.getByTestId('staff-banner-name')).toHaveText('登录人：王丽');

  // The audit trail, by the real command: the start and the submission, with how the resident
  // confirmed, and neither the phone nor the ID number.
  const shown = staffCommand(host, 'auditMain.js', ['show']);
  const submission = shown.split('\n').find((line) => line.includes('assisted-submission'));
  expect(submission).toContain('wang.li');
  expect(submission).toContain(ticket);
  expect(submission).toContain('resident-tap');
  expect(shown).toContain('assisted-start');
  expect(shown).not.toContain(residentPhone);
  expect(shown).not.toMatch(/\d{17}[\dX]/);
  expect(staffCommand(host, 'auditMain.js', ['verify'])).toContain('Audit trail intact');
});

test('an emergency entered for a resident asks for the phone and the resident’s word first', async ({
  page,
}) => {
  test.setTimeout(90_000);
  setup = await startStrictCentreKiosk();
  const { host } = setup;
  staffCommand(host, 'staffMain.js', ['add', 'wang.li', '王丽']);
  await openKiosk(page, host);
  await signInAsStaff(page);
  await expect(page.getByTestId('staff-banner-name')).toHaveText('登录人：王丽');
  await page.getByTestId('staff-assisted').click();
  await page.getByTestId('assisted-start-emergency').click();

  await expect(page.getByTestId('ask-phone')).toBeVisible();
  await typeOnPad(page, residentPhone);
  await page.getByTestId('phone-next').click();
  await expect(page.getByTestId('assisted-emergency-call')).toContainText('110 / 120 / 119');
  await expect(page.getByTestId('resident-confirm-phone')).toContainText('138 0013 8000');
  expect(await findElderlyViolations(page)).toEqual([]);
  await page.getByTestId('resident-confirm-yes').click();

  await expect(page.getByTestId('emergency-numbers')).toBeVisible();
  await expect(page.getByTestId('emergency-ticket')).toBeVisible();
  const printed = (await demoReceipts(page)).at(-1);
  expect(printed?.lines).toContain('工作人员代办：王丽');
  await page.getByTestId('done').click();
  await expect(page.getByTestId('staff-banner')).toBeVisible();
  const shown = staffCommand(host, 'auditMain.js', ['show']);
  expect(shown).toMatch(/assisted-submission.*emergency/s);
});

test('checking a request for a resident opens the normal journey, audited as assisted', async ({
  page,
}) => {
  test.setTimeout(60_000);
  setup = await startStrictCentreKiosk();
  const { host } = setup;
  staffCommand(host, 'staffMain.js', ['add', 'wang.li', '王丽']);
  await openKiosk(page, host);
  await signInAsStaff(page);
  await expect(page.getByTestId('staff-banner-name')).toHaveText('登录人：王丽');
  await page.getByTestId('staff-assisted').click();
  await page.getByTestId('assisted-start-checkRequest').click();
  await expect(page.getByTestId('check-by-digits')).toBeVisible();
  await expect(page.getByTestId('assisted-notice')).toHaveText('工作人员王丽正在为您代办。');
  await expect(page.getByTestId('staff-banner')).toBeVisible();
  expect(await findElderlyViolations(page)).toEqual([]);
  await page.getByTestId('nav-home').click();
  await expect(page.getByTestId('journey-askForHelp')).toBeVisible();
  expect(staffCommand(host, 'auditMain.js', ['show'])).toMatch(
    /wang\.li\tassisted-start\tjourney=checkRequest/,
  );
});
