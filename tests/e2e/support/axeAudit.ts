// axe-core on the page the crawls measure, run in the page itself. @axe-core/playwright's
// AxeBuilder injects axe-core into every frame and opens a second page to finish each run, on
// every call: ~2.4 s a screen on the loaded 2-core machine, where the crawls call it over 150
// times. The kiosk is one page with no frames, so axe-core is injected once per page (it stays
// while the single-page app changes screens; a reload injects it again) and run there directly:
// ~0.7 s a screen. The rules are the crawls' stated ones: WCAG 2.0, 2.1 and 2.2 A and AA by tag,
// plus the AAA contrast rule (color-contrast-enhanced) enabled beside them. AxeBuilder's
// withTags(...).withRules(...) had kept the last call only, so only the contrast rule ran.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from '@playwright/test';

// The axe-core that @axe-core/playwright depends on (and would inject), not a second copy.
const fromAxePlaywright = createRequire(
  createRequire(import.meta.url).resolve('@axe-core/playwright'),
);
const axeSource = readFileSync(fromAxePlaywright.resolve('axe-core/axe.min.js'), 'utf8');

export const auditTags = ['wcag2a', 'wcag2aa', 'wcag21aa', 'wcag22aa'] as const;

export interface AxeViolation {
  id: string;
  nodes: { target: string[] }[];
}

interface AxeWindow {
  axe?: { run(context: Document, options: unknown): Promise<{ violations: AxeViolation[] }> };
}

/** The violations of the crawls' rules on the page as it is now. */
export async function auditPage(page: Page): Promise<AxeViolation[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(axeSource);
  return page.evaluate(
    async (tags) => {
      const { axe } = window as unknown as AxeWindow;
      if (!axe) throw new Error('axe-core did not load');
      const result = await axe.run(document, {
        runOnly: { type: 'tag', values: tags },
        rules: { 'color-contrast-enhanced': { enabled: true } },
        resultTypes: ['violations'],
      });
      // Only what the tables print: the rule and each node's selector.
      return result.violations.map((violation) => ({
        id: violation.id,
        nodes: violation.nodes.map((node) => ({ target: node.target.map(String) })),
      }));
    },
    auditTags as readonly string[],
  );
}
