// Measures the rendered page against the kiosk's elderly-first rules: touch targets, text size and
// contrast, computed by the browser itself rather than read from the stylesheet.
import type { Page } from '@playwright/test';

export interface ElderlyViolation {
  rule: 'touch-target' | 'text-size' | 'contrast';
  element: string;
  detail: string;
}

export async function findElderlyViolations(
  page: Page,
  limits = { minTarget: 60, minTextPx: 24, minContrast: 7 },
): Promise<ElderlyViolation[]> {
  return page.evaluate((rules) => {
    const violations: {
      rule: 'touch-target' | 'text-size' | 'contrast';
      element: string;
      detail: string;
    }[] = [];
    const describe = (el: Element) =>
      `${el.tagName.toLowerCase()}${el.getAttribute('data-testid') ? `[${el.getAttribute('data-testid')}]` : ''} "${(el.textContent ?? '').trim().slice(0, 30)}"`;
    const parse = (color: string): [number, number, number, number] => {
      const parts = color.match(/[\d.]+/g)?.map(Number) ?? [0, 0, 0];
      return [parts[0] ?? 0, parts[1] ?? 0, parts[2] ?? 0, parts[3] ?? 1];
    };
    const luminance = ([r, g, b]: [number, number, number, number]) => {
      const channel = (v: number) => {
        const s = v / 255;
        return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
      };
      return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
    };
    const backgroundOf = (el: Element | null): [number, number, number, number] => {
      for (let node = el; node; node = node.parentElement) {
        const bg = parse(getComputedStyle(node).backgroundColor);
        if (bg[3] > 0.99) return bg;
      }
      return [255, 255, 255, 1];
    };
    for (const button of document.querySelectorAll('button, a, [role="button"]')) {
      const box = button.getBoundingClientRect();
      if (box.width === 0 && box.height === 0) continue;
      if (box.width < rules.minTarget || box.height < rules.minTarget) {
        violations.push({
          rule: 'touch-target',
          element: describe(button),
          detail: `${Math.round(box.width)}×${Math.round(box.height)} px`,
        });
      }
    }
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const el = node.parentElement;
      if (!el || !(node.textContent ?? '').trim()) continue;
      const style = getComputedStyle(el);
      if (style.visibility === 'hidden' || style.display === 'none') continue;
      const size = parseFloat(style.fontSize);
      if (size < rules.minTextPx) {
        violations.push({ rule: 'text-size', element: describe(el), detail: `${size} px` });
      }
      const fg = luminance(parse(style.color));
      const bg = luminance(backgroundOf(el));
      const ratio = (Math.max(fg, bg) + 0.05) / (Math.min(fg, bg) + 0.05);
      if (ratio < rules.minContrast) {
        violations.push({
          rule: 'contrast',
          element: describe(el),
          detail: `${ratio.toFixed(2)}:1`,
        });
      }
    }
    return violations;
  }, limits);
}
