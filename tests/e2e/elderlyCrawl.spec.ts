// The elderly-first rules on every screen of every resident journey, on both shapes of panel
// (1920×1080 landscape, 1080×1920 portrait), in each language and at each text size. One walk
// per shape and journey group (journeyTour.ts) stops at every screen and there switches through
// the three languages with the top bar's own buttons (the journey keeps its state, as a resident
// would see it) and through the three text sizes. At every language × size the cheap geometry
// rules run (fitChecks.ts); axe-core (WCAG 2.2 A/AA and the AAA contrast rule) runs once per
// screen and shape, at a language and size that rotate from screen to screen so that every
// language and size is audited on some screens of every journey. A table of screens × rules is
// printed, attached and written next to the screenshots (extra-large, in the audited language) in
// test-results/artifacts/elderly/.
import { mkdirSync, writeFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { textSizes } from '../../contract/constants.js';
import type { HostProcess } from '../support/startHostProcess.js';
import { type FitRule, findFitViolations, fitRules } from './support/fitChecks.js';
import { auditPage } from './support/axeAudit.js';
import { expect, test } from './support/kioskFixture.js';
import { openKiosk } from './support/kioskPage.js';
import {
  type VisitScreen,
  tourAskForHelp,
  tourCheckRequest,
  tourContactCentre,
  tourEmergencyAndIdle,
} from './support/journeyTour.js';
import { tourSurvey } from './support/surveyTour.js';
import { tourVote } from './support/voteTour.js';
import { tourAppointments } from './support/appointmentsTour.js';
import { tourTakeNumber } from './support/takeNumberTour.js';

type TextSize = (typeof textSizes)[number];
type Column = FitRule | 'axe';
const columns: Column[] = [...fitRules, 'axe'];
const shapes = [
  [1920, 1080],
  [1080, 1920],
] as const;
const languages = ['zh-CN', 'zh-TW', 'en'] as const;
const dir = 'test-results/artifacts/elderly';

/**
 * Demo mode's picture of the paper roll the simulated printer printed: as long as the paper, so
 * it scrolls; its Back and Home are still checked like every other screen's.
 */
const paperScreens = new Set(['receipt-preview']);
const onPaper = (screen: string, violation: { rule: string; element: string }) =>
  paperScreens.has(screen) &&
  violation.rule === 'fold' &&
  !/nav-(back|home)/.test(violation.element);

/** The inactivity countdown covers the top bar: it is measured in the language it came up in. */
const modalScreens = new Set(['idle-warning']);

const groups: Record<
  string,
  (page: Page, kiosk: HostProcess, visit: VisitScreen) => Promise<void>
> = {
  'ask for help': (page, _kiosk, visit) => tourAskForHelp(page, visit),
  'check, rate, emergency, idle': async (page, kiosk, visit) => {
    await tourCheckRequest(page, kiosk, visit);
    await tourEmergencyAndIdle(page, kiosk, visit);
  },
  'contact the centre': (page, _kiosk, visit) => tourContactCentre(page, visit),
  'community voice (survey)': (page, _kiosk, visit) => tourSurvey(page, visit),
  'community voice (vote)': (page, _kiosk, visit) => tourVote(page, visit),
  appointments: (page, _kiosk, visit) => tourAppointments(page, visit),
  'take a number': (page, _kiosk, visit) => tourTakeNumber(page, visit),
};

// A tap that cannot happen is a finding, not a reason to wait out the test.
test.use({ actionTimeout: 10_000 });

async function settle(page: Page): Promise<void> {
  await page.evaluate(
    () =>
      new Promise<void>((resolve) => {
        void document.fonts.ready.then(() =>
          requestAnimationFrame(() => requestAnimationFrame(() => resolve())),
        );
      }),
  );
}

/**
 * Shows the screen at a text size the way the kiosk applies the resident's choice
 * (applyVisitSettings sets data-text-size on <html>), without a round trip to the services for
 * each of the hundreds of switches. The top bar's highlighted size button does not follow.
 */
async function showTextSize(page: Page, size: TextSize): Promise<void> {
  await page.evaluate((value) => {
    document.documentElement.dataset.textSize = value;
  }, size);
  await settle(page);
}

/**
 * Switches with the top bar's button. It does not wait for the page to settle: what follows
 * always does (findFitViolations waits for the fonts and two frames at each size it sets, and so
 * does showTextSize), so a wait here was two frames more on each of three switches a screen.
 */
async function useLanguage(page: Page, language: string): Promise<void> {
  if ((await page.locator('html').getAttribute('lang')) === language) return;
  await page.getByTestId(`language-${language}`).click();
  await expect(page.locator('html')).toHaveAttribute('lang', language);
}

for (const [shapeIndex, [width, height]] of shapes.entries()) {
  for (const [group, walk] of Object.entries(groups)) {
    test(`elderly-first rules, ${width}×${height}: ${group}`, async ({ page, kiosk }, testInfo) => {
      test.setTimeout(240_000);
      mkdirSync(dir, { recursive: true });
      await page.setViewportSize({ width, height });
      const table = new Map<string, Map<Column, number>>();
      const failures: string[] = [];
      const record = (screen: string, column: Column, problems: string[]) => {
        const row = table.get(screen) ?? new Map<Column, number>();
        row.set(column, (row.get(column) ?? 0) + problems.length);
        table.set(screen, row);
        failures.push(...problems.map((problem) => `${screen} ${column} ${problem}`));
      };
      let screenCount = 0;

      const visit = async (screen: string) => {
        const axeAt = {
          language: languages[(screenCount + shapeIndex) % languages.length],
          size: textSizes[Math.floor(screenCount / languages.length + shapeIndex) % 3],
        };
        screenCount += 1;
        const startLanguage = (await page.locator('html').getAttribute('lang')) ?? 'zh-CN';
        const startSize = (await page.locator('html').getAttribute('data-text-size')) as TextSize;
        const shownIn = modalScreens.has(screen) ? [startLanguage] : languages;
        if (modalScreens.has(screen)) axeAt.language = startLanguage as (typeof languages)[number];
        for (const language of shownIn) {
          await useLanguage(page, language);
          // Every size in one trip into the page; it is left at extra-large.
          const bySize = await findFitViolations(page, textSizes);
          for (const [size, found] of bySize) {
            for (const column of fitRules) record(screen, column, []);
            for (const violation of found.filter((each) => !onPaper(screen, each))) {
              const detail = `${language} ${size}: ${violation.element} ${violation.detail}`;
              record(screen, violation.rule, [detail]);
            }
          }
          if (language !== axeAt.language) continue;
          await page.screenshot({ path: `${dir}/${screen}-${width}x${height}-${language}-xl.png` });
          await showTextSize(page, axeAt.size ?? 'standard');
          const violations = await auditPage(page);
          record(
            screen,
            'axe',
            violations.map(
              (violation) =>
                `${language} ${axeAt.size}: ${violation.id} (${violation.nodes.length}) ${violation.nodes[0]?.target.join(' ') ?? ''}`,
            ),
          );
        }
        // The journey goes on as the resident left it.
        await useLanguage(page, startLanguage);
        await showTextSize(page, startSize);
      };

      await openKiosk(page, kiosk, '?idleMs=600000');
      await walk(page, kiosk, visit);

      const lines = [
        ['screen', ...columns].join(' | '),
        ...[...table].map(([screen, row]) =>
          [
            screen,
            ...columns.map((column) => {
              const count = row.get(column);
              return count === undefined ? '-' : count === 0 ? 'ok' : `✗${count}`;
            }),
          ].join(' | '),
        ),
      ];
      const report = `${width}×${height}, ${group}: 3 languages × 3 sizes per screen\n${lines.join('\n')}`;
      console.log(report);
      const name = `${dir}/table-${width}x${height}-${group.replace(/\W+/g, '-')}`;
      writeFileSync(`${name}.txt`, `${report}\n\n${failures.join('\n')}\n`);
      await testInfo.attach('elderly-table', { body: report, contentType: 'text/plain' });
      expect(failures).toEqual([]);
    });
  }
}
