// Timing a resident's screen from outside, in headless Chromium: a tap is found by its visible
// text and clicked like a finger; "painted" is the next screen's main element and heading in the
// DOM plus a requestAnimationFrame. The page's own clock measures it (performance.now at the
// pointerup, then at the frame), so the test driver's overhead is not counted. Scripts are
// strings: this file is compiled without the DOM's types.
import { type Browser, type Page, chromium } from '@playwright/test';
import { quietChromiumFlags } from '../../electron/launcher/chromiumFlags.js';

/**
 * Installed before the page's own scripts: arms when a tap ends (pointerup: the click follows at
 * once, and the driver's own gap between down and up is not the kiosk's), stops at the next
 * screen.
 */
const tapTimerScript = `(() => {
  const key = () => {
    const main = document.querySelector('main[data-testid]');
    const heading = document.querySelector('h1');
    return (main ? main.getAttribute('data-testid') : '') + '|' + (heading ? heading.textContent : '');
  };
  const tap = { at: 0, from: '', painted: 0, watching: false, done: Promise.resolve(-1), end: () => {} };
  window.__benchTap = tap;
  window.__benchScreen = key;
  addEventListener('pointerup', () => {
    tap.at = performance.now();
    tap.from = key();
    tap.painted = 0;
    tap.watching = true;
    tap.done = new Promise((resolve) => { tap.end = resolve; });
  }, true);
  new MutationObserver(() => {
    if (!tap.watching || key() === tap.from) return;
    tap.watching = false;
    requestAnimationFrame(() => {
      tap.painted = performance.now();
      tap.end(tap.painted - tap.at);
    });
  }).observe(document, { subtree: true, childList: true, characterData: true, attributes: true });
})()`;

export async function launchBenchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.KIOSK_CHROMIUM ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', ...quietChromiumFlags],
  });
}

export async function openBenchPage(browser: Browser, url: string): Promise<Page> {
  const page = await browser.newPage({ viewport: { width: 1920, height: 1080 } });
  await page.addInitScript(tapTimerScript);
  // A long idle time: the bench pauses between taps and must not be sent home.
  await page.goto(`${url}?idleMs=600000`);
  await page.getByTestId('journey-emergency').waitFor({ state: 'visible' });
  return page;
}

/** The screen now: its main element's test id and its heading. */
export function screenNow(page: Page): Promise<string> {
  return page.evaluate('window.__benchScreen()') as Promise<string>;
}

/** The visible text of an element, as a resident reads it (its first line). */
async function visibleText(page: Page, testId: string): Promise<string> {
  const text = await page.getByTestId(testId).first().innerText();
  const first = text
    .split('\n')
    .find((line) => line.trim().length > 0)
    ?.trim();
  if (!first) throw new Error(`${testId} shows no text to tap`);
  return first;
}

/**
 * Taps the control of `testId` by its visible text. When `navigates`, waits for the next screen
 * painted and returns the milliseconds from the tap; else returns null.
 */
export async function tapByText(
  page: Page,
  testId: string,
  navigates: boolean,
): Promise<number | null> {
  const text = await visibleText(page, testId);
  // By its text; the test id only tells apart two controls that say the same (two "返回").
  const target = page.getByText(text, { exact: true }).and(page.getByTestId(testId));
  const byLabel = page.getByRole('button', { name: text }).and(page.getByTestId(testId));
  const before = await screenNow(page);
  await ((await target.count()) > 0 ? target.first() : byLabel.first()).click();
  if (!navigates) return null;
  const elapsed = (await page.evaluate(
    `Promise.race([window.__benchTap.done, new Promise((r) => setTimeout(() => r(-1), 20000))])`,
  )) as number;
  if (elapsed < 0) throw new Error(`tap "${text}" on ${before} painted no next screen in 20 s`);
  return elapsed;
}
