// Helpers for driving the kiosk's page the way a resident (or the hardware) would.
import type { Page } from '@playwright/test';
import type { HostProcess } from '../../support/startHostProcess.js';
import { expect } from './kioskFixture.js';

/** An 18-character resident ID number (17 digits and a digit or X) anywhere in the markup. */
export const fullIdNumber = /\d{17}[\dXx]/;

/**
 * Opens the kiosk with watchers installed before the page's own script: a count of every touch
 * (pointerdown) and a record of any full ID number that ever appears in the page, even briefly.
 */
export async function openKiosk(page: Page, kiosk: HostProcess, query = ''): Promise<void> {
  await page.addInitScript((pattern: string) => {
    const state = { taps: 0, idNumberSeen: '' };
    (window as unknown as { __kioskTest: typeof state }).__kioskTest = state;
    window.addEventListener('pointerdown', () => (state.taps += 1), true);
    const idNumber = new RegExp(pattern);
    const check = () => {
      const match = idNumber.exec(document.documentElement.outerHTML);
      if (match && !state.idNumberSeen) state.idNumberSeen = match[0];
    };
    new MutationObserver(check).observe(document, {
      subtree: true,
      childList: true,
      characterData: true,
      attributes: true,
    });
  }, fullIdNumber.source);
  await page.goto(`${kiosk.url}${query}`);
  await expect(page.getByTestId('journey-emergency')).toBeVisible();
}

export async function tapsSoFar(page: Page): Promise<number> {
  return page.evaluate(
    () => (window as unknown as { __kioskTest: { taps: number } }).__kioskTest.taps,
  );
}

/** Whatever full ID number the page ever showed ('' when none). */
export async function idNumberEverShown(page: Page): Promise<string> {
  const seen = await page.evaluate(
    () => (window as unknown as { __kioskTest: { idNumberSeen: string } }).__kioskTest.idNumberSeen,
  );
  const now = fullIdNumber.exec(await page.content())?.[0] ?? '';
  return seen || now;
}

/** Calls the kiosk's API from inside the page with its token, as the hardware side would. */
export async function callKiosk<T>(page: Page, name: string, input: unknown): Promise<T> {
  const reply = await page.evaluate(
    async ([callName, callInput]) => {
      const token =
        document.querySelector('meta[name="kiosk-api-token"]')?.getAttribute('content') ?? '';
      const response = await fetch(`./api/${callName as string}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-kiosk-token': token },
        body: JSON.stringify(callInput),
      });
      return (await response.json()) as { ok: boolean; value?: unknown; error?: unknown };
    },
    [name, input] as const,
  );
  if (!reply.ok) throw new Error(`${name} failed: ${JSON.stringify(reply.error)}`);
  return reply.value as T;
}

/** Lays a demo card on the simulated reader without touching the screen (the resident's hand). */
export async function layDemoCard(page: Page, cardId: string): Promise<void> {
  await callKiosk(page, 'placeDemoCard', { cardId });
}

/** The eight digits of a ticket such as A01-1128-0007. */
export function ticketDigits(ticket: string): string {
  return ticket.replace(/\D/g, '').slice(-8);
}

/** Types digits on the on-screen digit pad. */
export async function typeOnPad(page: Page, digits: string): Promise<void> {
  for (const digit of digits) await page.getByTestId(`digit-${digit}`).click();
}

/** The first common need of a category on screen (the catalogue decides which). */
export async function firstNeed(page: Page) {
  return page.locator('[data-testid^="need-"]:not([data-testid="need-other"])').first();
}

/** The simulated printer's receipts, decoded (demo mode). */
export async function demoReceipts(
  page: Page,
): Promise<{ lines: string[]; qrPayloads: string[]; cut: boolean }[]> {
  return (
    await callKiosk<{ receipts: { lines: string[]; qrPayloads: string[]; cut: boolean }[] }>(
      page,
      'listDemoReceipts',
      {},
    )
  ).receipts;
}

/**
 * A keyboard-wedge scanner's burst: every character's keydown/keyup and a closing Enter, fired
 * inside the page back to back, as a USB scanner sends them (a millisecond or less apart). Sent
 * through the test driver instead, the gaps would be those of the machine's load, not a scanner's.
 */
export async function scanWithWedge(page: Page, code: string): Promise<void> {
  await page.evaluate((text) => {
    const target = document.activeElement ?? document.body;
    for (const key of [...text, 'Enter']) {
      for (const type of ['keydown', 'keyup'] as const)
        target.dispatchEvent(new KeyboardEvent(type, { key, bubbles: true, cancelable: true }));
    }
  }, code);
}

/** Takes a demo card off the simulated reader and waits until the reader is ready again. */
export async function liftDemoCard(page: Page): Promise<void> {
  await callKiosk(page, 'placeDemoCard', { cardId: null });
  await expect
    .poll(async () => (await callKiosk<{ state: string }>(page, 'getCardReaderState', {})).state)
    .toBe('waiting');
}
