// Tap to next screen painted on a cheap kiosk PC: the same taps across every journey, in
// headless Chromium against the local host, at full speed (the baseline) and with the CPU
// throttled 4× (Chrome DevTools Protocol Emulation.setCPUThrottlingRate). Also confirm → result,
// the first submit of each visit. The two passes take turns round by round after one shared
// warm-up round, so what drifts during a run (the page's JIT, the growing database, the
// machine's load) falls on both alike: run one after the other, the first pass paid for the
// warm-up and read slower than the throttled one.
import { startHostProcess } from '../support/startHostProcess.js';
import { type BenchRow, type Benchmark, latencyRow } from './benchTypes.js';
import { type TapSample, walkJourneys } from './benchJourneys.js';
import { launchBenchBrowser, openBenchPage } from './pageTiming.js';

const minTaps = 200;
const throttle = 4;

/** Rounds at full speed and throttled, taking turns, until each has `count` taps. */
async function tapsInTurn(
  walk: () => Promise<TapSample[]>,
  throttled: (rate: number) => Promise<unknown>,
  count: number,
): Promise<{ fast: TapSample[]; slow: TapSample[] }> {
  const fast: TapSample[] = [];
  const slow: TapSample[] = [];
  while (fast.length < count || slow.length < count) {
    fast.push(...(await walk()));
    await throttled(throttle);
    slow.push(...(await walk()));
    await throttled(1);
  }
  return { fast, slow };
}

const ms = (samples: readonly TapSample[]) => samples.map((sample) => sample.ms);
const confirms = (samples: readonly TapSample[]) =>
  ms(samples.filter((sample) => sample.control === 'confirm-submit'));

export const journeyTapsBench: Benchmark = {
  name: 'tap to next screen, CPU throttled',
  async run(): Promise<BenchRow[]> {
    const host = await startHostProcess({ KIOSK_SUBMISSIONS_PER_HOUR: '100000' });
    const browser = await launchBenchBrowser();
    try {
      const page = await openBenchPage(browser, host.url);
      // One round first, untimed: the page's code and the host's statements are warm for both.
      await walkJourneys(page);
      const cdp = await page.context().newCDPSession(page);
      const { fast, slow } = await tapsInTurn(
        () => walkJourneys(page),
        (rate) => cdp.send('Emulation.setCPUThrottlingRate', { rate }),
        minTaps,
      );
      const count = (samples: readonly TapSample[]) => `${samples.length} taps`;
      process.stderr.write(`taps: ${count(fast)} unthrottled, ${count(slow)} throttled\n`);
      const listed = (samples: readonly TapSample[]) =>
        confirms(samples)
          .map((value) => value.toFixed(0))
          .join(' ');
      process.stderr.write(`confirms (ms): ${listed(fast)} | throttled: ${listed(slow)}\n`);
      return [
        latencyRow(`tap to next screen painted, CPU ${throttle}× throttled, p95`, ms(slow), 95, 50),
        latencyRow('the same taps unthrottled (baseline), p95', ms(fast), 95, null),
        latencyRow(
          `confirm to result painted, first submit of a visit, CPU ${throttle}× throttled, p95`,
          confirms(slow),
          95,
          100,
        ),
        latencyRow('the same confirms unthrottled (baseline), p95', confirms(fast), 95, null),
      ];
    } finally {
      await browser.close();
      await host.stop();
    }
  },
};
