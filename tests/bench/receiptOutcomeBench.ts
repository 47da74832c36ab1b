// The printer's answer on screen: in headless Chromium against the local host (demo mode: the
// simulated printer, which prints in milliseconds), from the moment the printer answered for the
// job to "please take your receipt" painted, for the first submit of each visit. The answer's
// time is the one the host stored with the job's outcome (print_jobs.updated_at, written as the
// answer arrives), the paint's the page's wall clock a frame after the notice appears: one
// machine, one clock. The page is told the outcome by a held call (waitReceiptOutcome). The
// baseline, in the same run and on the same result screens, is the fixed poll it replaced:
// getReceiptOutcome asked every 500 ms from the result screen until it says printed.
import Database from 'better-sqlite3';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { startHostProcess } from '../support/startHostProcess.js';
import { type BenchRow, type Benchmark, latencyRow } from './benchTypes.js';
import { askByPhoneToConfirm } from './benchJourneys.js';
import { launchBenchBrowser, openBenchPage, tapByText } from './pageTiming.js';

const visits = 25;
const oldPollMs = 500;

/** Watches for the result screen and the printed notice, each time taken a frame later (wall
 *  clock, in ms, to compare with the host's). */
const watchScript = `(() => {
  const marks = { result: 0, printed: 0 };
  window.__benchReceipt = marks;
  const frame = (name) => requestAnimationFrame(() => { marks[name] = Date.now(); });
  const observer = new MutationObserver(() => {
    if (marks.result === 0 && document.querySelector('main[data-testid="ask-result"]')) {
      marks.result = -1;
      frame('result');
    }
    if (marks.printed === 0 && document.querySelector('[data-receipt="printed"]')) {
      marks.printed = -1;
      frame('printed');
      observer.disconnect();
    }
  });
  observer.observe(document, { subtree: true, childList: true, attributes: true });
})()`;

/** The old way, from the page: ask every 500 ms from the result screen until printed; returns
 *  how long that took after the first wait began. */
const oldPollScript = (jobId: string) => `(async () => {
  const token = document.querySelector('meta[name="kiosk-api-token"]').getAttribute('content');
  const started = performance.now();
  for (;;) {
    await new Promise((resolve) => setTimeout(resolve, ${oldPollMs}));
    const response = await fetch('./api/getReceiptOutcome', {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-kiosk-token': token },
      body: JSON.stringify({ jobId: ${JSON.stringify(jobId)} }),
    });
    const reply = await response.json();
    if (reply.ok && reply.value.state !== 'printing') {
      await new Promise((resolve) => requestAnimationFrame(resolve));
      return performance.now() - started;
    }
  }
})()`;

async function marks(page: Page): Promise<{ result: number; printed: number }> {
  const until = Date.now() + 20_000;
  for (;;) {
    const now = (await page.evaluate('window.__benchReceipt')) as {
      result: number;
      printed: number;
    };
    if (now.result > 0 && now.printed > 0) return now;
    if (Date.now() > until) throw new Error('the receipt was not shown as printed in 20 s');
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

/** When the host stored each job's outcome, i.e. when the printer answered: ms since the epoch. */
function answeredAt(dataDir: string, jobIds: readonly string[]): Map<string, number> {
  const db = new Database(join(dataDir, 'kiosk.sqlite'), { readonly: true, fileMustExist: true });
  try {
    const read = db.prepare<[string], { updated_at: string; state: string }>(
      'SELECT updated_at, state FROM print_jobs WHERE id = ?',
    );
    const times = new Map<string, number>();
    for (const jobId of jobIds) {
      const row = read.get(jobId);
      if (row?.state !== 'printed') throw new Error(`print job ${jobId} is not printed`);
      times.set(jobId, Date.parse(row.updated_at));
    }
    return times;
  } finally {
    db.close();
  }
}

/** The print job of the visit's receipt, as its submitRequest reply named it. */
async function newestJobId(page: Page): Promise<string> {
  return (await page.evaluate('window.__benchLastJob')) as string;
}

/** Remembers the job id of every submitRequest the page makes, without changing it. */
const captureJobScript = `(() => {
  const original = window.fetch.bind(window);
  window.fetch = async (input, init) => {
    const response = await original(input, init);
    if (String(input).endsWith('/api/submitRequest')) {
      response.clone().json().then((reply) => {
        if (reply.ok) window.__benchLastJob = reply.value.receipt.jobId;
      });
    }
    return response;
  };
})()`;

export const receiptOutcomeBench: Benchmark = {
  name: "printer's answer on screen",
  async run(): Promise<BenchRow[]> {
    const host = await startHostProcess({ KIOSK_SUBMISSIONS_PER_HOUR: '100000' });
    const browser = await launchBenchBrowser();
    const seen: { jobId: string; result: number; printed: number; polled: number }[] = [];
    let answers: Map<string, number>;
    try {
      const page = await openBenchPage(browser, host.url);
      await page.evaluate(captureJobScript);
      for (let i = 0; i < visits; i += 1) {
        for (const [control, navigates] of askByPhoneToConfirm) {
          await tapByText(page, control, navigates);
        }
        await page.evaluate(watchScript);
        await tapByText(page, 'confirm-submit', true);
        const shown = await marks(page);
        const jobId = await newestJobId(page);
        const polled = (await page.evaluate(oldPollScript(jobId))) as number;
        seen.push({ jobId, ...shown, polled });
        await tapByText(page, 'done', true);
      }
      answers = answeredAt(
        host.dataDir,
        seen.map((visit) => visit.jobId),
      );
    } finally {
      await browser.close();
      await host.stop();
    }
    const answer = (jobId: string) => answers.get(jobId) ?? Number.NaN;
    const pushed = seen.map((visit) => visit.printed - answer(visit.jobId));
    // The poll began at the result screen: its first look was 500 ms after that.
    const polled = seen.map((visit) => visit.result + visit.polled - answer(visit.jobId));
    const afterResult = seen.map((visit) => visit.printed - visit.result);
    return [
      latencyRow('the printer\'s answer to "take your receipt" painted, p95', pushed, 95, 50),
      latencyRow('the same, p50', pushed, 50, null),
      latencyRow('the same with the 500 ms poll it replaced (baseline), p95', polled, 95, null),
      latencyRow('result screen painted to the notice painted, p95', afterResult, 95, null),
    ];
  },
};
