// The rules an 80-year-old meets on one screen, measured by the browser on the rendered page:
// nothing below the fold or cut off, controls at least 60×60 (staff-only screens: 44×44), text
// at least 24/30/36 px for the three text sizes, line height at least 1.3, the kiosk's own font,
// a ticket number on one line, no text spilling out of its button, and no raw translation key.
// Cheap enough to run at every text size on every screen (axe-core, the expensive one, runs
// separately in the crawls).
import type { Page } from '@playwright/test';

export const fitRules = [
  'fold',
  'target',
  'text-size',
  'line-height',
  'font',
  'ticket',
  'spill',
  'raw-key',
] as const;
export type FitRule = (typeof fitRules)[number];

export interface FitViolation {
  rule: FitRule;
  element: string;
  detail: string;
}

export const minTextPxBySize = { standard: 24, large: 30, 'extra-large': 36 } as const;

export type TextSizeName = keyof typeof minTextPxBySize;

/**
 * A resident's control is at least 60×60 px; a staff-only one at least 44×44 (staffCrawl), and
 * so is the staff banner's over a resident's screen (its text at least 24 px at every size).
 */
export const residentTargetPx = 60;
export const staffTargetPx = 44;

/**
 * The rules at each of `sizes`, in one trip into the page: for each size it sets the text size
 * as the kiosk does (data-text-size on <html>), waits two frames for the page to lay out and the
 * pagers to measure, and checks. The page is left at the last size.
 */
export async function findFitViolations(
  page: Page,
  sizes: readonly TextSizeName[],
  minTargetPx: number = residentTargetPx,
): Promise<Map<TextSizeName, FitViolation[]>> {
  const found = await page.evaluate(
    async ({ sizeNames, minima, minTarget, staffMinTarget, staffMinText }) => {
      const frame = () => new Promise<void>((resolve) => requestAnimationFrame(() => resolve()));
      const measure = (minText: number): FitViolation[] => {
        const found: FitViolation[] = [];
        const describe = (el: Element) =>
          `${el.tagName.toLowerCase()}${el.getAttribute('data-testid') ? `[${el.getAttribute('data-testid')}]` : ''} "${(el.textContent ?? '').trim().slice(0, 24)}"`;
        const shown = (el: Element) => {
          const box = el.getBoundingClientRect();
          const style = getComputedStyle(el);
          return box.width > 0 && box.height > 0 && style.visibility !== 'hidden';
        };
        // The staff banner over a resident's screen is the staff's: it has the staff targets.
        const staffChrome = (el: Element) => el.closest('[data-testid="staff-banner"]') !== null;
        const root = document.documentElement;
        if (
          root.scrollHeight > window.innerHeight + 1 ||
          root.scrollWidth > window.innerWidth + 1
        ) {
          found.push({
            rule: 'fold',
            element: 'page',
            detail: `page ${root.scrollWidth}×${root.scrollHeight} on a ${window.innerWidth}×${window.innerHeight} screen`,
          });
        }
        const controls = [
          ...document.querySelectorAll('button, a, [role="button"], input, textarea'),
        ];
        for (const control of controls.filter(shown)) {
          const box = control.getBoundingClientRect();
          if (
            box.bottom > window.innerHeight + 1 ||
            box.right > window.innerWidth + 1 ||
            box.top < -1
          ) {
            found.push({
              rule: 'fold',
              element: describe(control),
              detail: `at y ${Math.round(box.top)}–${Math.round(box.bottom)} of ${window.innerHeight}`,
            });
          }
          const frame = control.closest('.pager__window')?.getBoundingClientRect();
          if (frame && (box.bottom > frame.bottom + 11 || box.top < frame.top - 11)) {
            found.push({ rule: 'fold', element: describe(control), detail: 'cut off by its page' });
          }
          const target = staffChrome(control) ? staffMinTarget : minTarget;
          if (box.width < target || box.height < target) {
            found.push({
              rule: 'target',
              element: describe(control),
              detail: `${Math.round(box.width)}×${Math.round(box.height)} px`,
            });
          }
          if (control.scrollWidth > control.clientWidth + 2) {
            found.push({
              rule: 'spill',
              element: describe(control),
              detail: `text ${control.scrollWidth} px wide in ${control.clientWidth} px`,
            });
          }
        }
        const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
        const seen = new Set<Element>();
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
          const el = node.parentElement;
          const text = (node.textContent ?? '').trim();
          if (!el || !text || seen.has(el) || !shown(el)) continue;
          seen.add(el);
          const style = getComputedStyle(el);
          const size = parseFloat(style.fontSize);
          if (size < (staffChrome(el) ? staffMinText : minText) - 0.01) {
            found.push({ rule: 'text-size', element: describe(el), detail: `${size} px` });
          }
          const lineHeight = style.lineHeight === 'normal' ? NaN : parseFloat(style.lineHeight);
          if (!(lineHeight / size >= 1.3 - 0.005)) {
            found.push({
              rule: 'line-height',
              element: describe(el),
              detail: `${style.lineHeight} for ${size} px`,
            });
          }
          if (!/Noto Sans (Mono )?CJK/.test(style.fontFamily)) {
            found.push({
              rule: 'font',
              element: describe(el),
              detail: style.fontFamily.slice(0, 40),
            });
          }
          if (/^[a-z]+(\.[a-zA-Z]+){1,}$/.test(text)) {
            found.push({ rule: 'raw-key', element: describe(el), detail: text });
          }
        }
        for (const ticket of document.querySelectorAll('[data-testid="ticket-number"]')) {
          const lines = ticket.getClientRects().length;
          const style = getComputedStyle(ticket);
          const height = ticket.getBoundingClientRect().height;
          if (lines > 1 || height > parseFloat(style.lineHeight) * 1.5) {
            found.push({
              rule: 'ticket',
              element: describe(ticket),
              detail: `${Math.round(height)} px tall`,
            });
          }
          if (
            ticket.scrollWidth > ticket.clientWidth + 2 ||
            ticket.getBoundingClientRect().right > window.innerWidth
          ) {
            found.push({
              rule: 'ticket',
              element: describe(ticket),
              detail: 'wider than the screen',
            });
          }
        }
        return found;
      };
      const result: [TextSizeName, FitViolation[]][] = [];
      for (const size of sizeNames) {
        document.documentElement.dataset.textSize = size;
        await document.fonts.ready;
        await frame();
        await frame();
        result.push([size, measure(minima[size])]);
      }
      return result;
    },
    {
      sizeNames: [...sizes],
      minima: minTextPxBySize,
      minTarget: minTargetPx,
      staffMinTarget: staffTargetPx,
      staffMinText: minTextPxBySize.standard,
    },
  );
  return new Map(found);
}
