// A number that changes when the things beside a pager on its screen change height: a notice
// that appears after printing, a slip's outcome that grows a line, a card-taken hint that goes.
// The pager is as tall as what its screen leaves it, so each such change alters what fits. Only
// the siblings are watched, never the pager itself or its items: their heights follow the pager's
// own paging, and measuring again on them would loop.
import { type RefObject, useEffect, useState } from 'react';

/** Half a CSS pixel: sub-pixel jitter from font rasterising is not a change of space. */
const noticeable = 0.5;

export function useSpaceAround(pagerRef: RefObject<HTMLElement | null>): number {
  const [version, setVersion] = useState(0);
  useEffect(() => {
    const pager = pagerRef.current;
    const screen = pager?.parentElement;
    if (!pager || !screen) return;
    const heights = new WeakMap<Element, number>();
    const bump = () => setVersion((value) => value + 1);
    const resizes = new ResizeObserver((entries) => {
      let changed = false;
      for (const entry of entries) {
        const height = entry.borderBoxSize[0]?.blockSize ?? entry.contentRect.height;
        const before = heights.get(entry.target);
        heights.set(entry.target, height);
        // The first report is the height the pager was measured with, not a change.
        if (before !== undefined && Math.abs(before - height) > noticeable) changed = true;
      }
      if (changed) bump();
    });
    const watchSiblings = () => {
      for (const sibling of screen.children) if (sibling !== pager) resizes.observe(sibling);
    };
    watchSiblings();
    // A sibling that appears or goes changes the space at once; the new one is watched from then.
    const arrivals = new MutationObserver(() => {
      watchSiblings();
      bump();
    });
    arrivals.observe(screen, { childList: true });
    return () => {
      resizes.disconnect();
      arrivals.disconnect();
    };
  }, [pagerRef]);
  return version;
}
