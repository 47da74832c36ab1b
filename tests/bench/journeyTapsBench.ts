// Tap to next screen painted on a cheap kiosk PC: the same taps across every journey, in
// headless Chromium against the local host, first at full speed (the baseline) and then with the
// CPU throttled 4× (Chrome DevTools Protocol Emulation.setCPUThrottlingRate). Also confirm →
// result, the first submit of each visit.
import { startHostProcess } from '../support/startHostProcess.js';
import { type BenchRow, type Benchmark, latencyRow } from './benchTypes.js';
import { type TapSample, walkJourneys } from './benchJourneys.js';
import { launchBenchBrowser, openBenchPage } from './pageTiming.js';

const minTaps = 200;
const throttle = 4;

async function tapsUntil(walk: () => Promise<TapSample[]>, count: number): Promise<TapSample[]> {
  const samples: TapSample[] = [];
  while (samples.length < count) samples.push(...(await walk()));
  return samples;
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
      const fast = await tapsUntil(() => walkJourneys(page), minTaps);
      const cdp = await page.context().newCDPSession(page);
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: throttle });
      const slow = await tapsUntil(() => walkJourneys(page), minTaps);
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
      const count = (samples: readonly TapSample[]) => `${samples.length} taps`;
      process.stderr.write(`taps: ${count(fast)} unthrottled, ${count(slow)} throttled\n`);
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
