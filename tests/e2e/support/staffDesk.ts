// Staff at the kiosk's own screen, for the staff specs: an account made with the real
// command, the hidden corner held until the PIN pad opens, the PIN typed and signed in; and a
// host called over HTTP with its per-launch token, as the page does, from outside a page.
import { execFileSync } from 'node:child_process';
import { resolve } from 'node:path';
import type { Page } from '@playwright/test';
import type { HostProcess } from '../../support/startHostProcess.js';
import { expect } from './kioskFixture.js';
import { typeOnPad } from './kioskPage.js';

export const staffPin = '246810';

export function addStaff(kiosk: Pick<HostProcess, 'dataDir'>, id: string, name: string): void {
  execFileSync(
    process.execPath,
    [resolve('build/node/electron/services/staff/staffMain.js'), 'add', id, name],
    { env: { ...process.env, KIOSK_DATA_DIR: kiosk.dataDir, STAFF_PIN: staffPin }, stdio: 'pipe' },
  );
}

export async function signInAsStaff(page: Page): Promise<void> {
  const box = await page.getByTestId('staff-corner').boundingBox();
  if (!box) throw new Error('no staff corner on the home screen');
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await page.mouse.down();
  await expect(page.getByTestId('staff-entry')).toBeVisible({ timeout: 8_000 });
  await page.mouse.up();
  await typeOnPad(page, staffPin);
  await page.getByTestId('staff-sign-in').click();
  await expect(page.getByTestId('staff-banner')).toBeVisible();
}

/** One call to a host over HTTP, the way its page makes it; returns the reply's value. */
export async function callHost<T>(host: Pick<HostProcess, 'url'>, name: string, input: unknown) {
  const page = await (await fetch(host.url)).text();
  const token = /name="kiosk-api-token" content="([^"]+)"/.exec(page)?.[1] ?? '';
  const response = await fetch(`${host.url}api/${name}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-kiosk-token': token },
    body: JSON.stringify(input),
  });
  const reply = (await response.json()) as { ok: boolean; value?: T; error?: unknown };
  if (!reply.ok) throw new Error(`${name} failed: ${JSON.stringify(reply.error)}`);
  return reply.value as T;
}
