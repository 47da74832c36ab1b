// Content that does not fit the screen is paged with large "上一页" / "更多" buttons, never
// scrolled: a touchscreen gives an elderly resident no hint that it scrolls. The pager measures
// what fits in the space the screen leaves it (after the heading above and the action row below)
// and shows that much; the rest is one tap on "更多" away.
import { type ReactNode, useLayoutEffect, useRef, useState } from 'react';
import { useTranslation } from '../i18n/translation.js';
import { firstOverflowing } from './pageFit.js';
import { useRelayout } from './useRelayout.js';
import { useSpaceAround } from './useSpaceAround.js';

interface PagerProps {
  /** One node per item, each with a stable key; paging never splits an item. */
  items: ReactNode[];
  /** The class of the list the items sit in (a grid, a column, a fact table). */
  listClassName: string;
  /** The list element (div by default; dl for facts, ol for a list). */
  as?: 'div' | 'dl' | 'ol' | 'ul';
  testId?: string;
  /** Names the list as a group for screen readers. */
  label?: string;
  /**
   * Changes when an item grows or shrinks while the count stays (the receipt that did not print
   * shows its QR code): the page is measured again, so nothing is pushed out of sight.
   */
  measureAgainWhen?: string;
}

interface PageState {
  /** The first item of each page seen so far; the last is the page on screen. */
  starts: number[];
  /** One past the last item shown; null while the page is being measured. */
  end: number | null;
  /** Whether the measuring keeps room for the buttons: first it tries without them. */
  reserve: boolean;
}

/** A new object each time, so starting over always measures again. */
const firstPage = (): PageState => ({ starts: [0], end: null, reserve: false });

export function Pager({
  items,
  listClassName,
  as: List = 'div',
  testId,
  label,
  measureAgainWhen = '',
}: PagerProps) {
  const { t, i18n } = useTranslation();
  const pagerRef = useRef<HTMLDivElement>(null);
  const windowRef = useRef<HTMLDivElement>(null);
  const listRef = useRef<HTMLElement>(null);
  const [page, setPage] = useState<PageState>(firstPage);
  const layoutVersion = useRelayout();
  const spaceVersion = useSpaceAround(pagerRef);
  const count = items.length;

  // Anything that changes what fits starts again from the first page.
  const fitKey = `${layoutVersion}:${count}:${i18n.language}:${measureAgainWhen}`;
  const [measuredFor, setMeasuredFor] = useState({ fitKey, spaceVersion });
  if (measuredFor.fitKey !== fitKey) {
    setMeasuredFor({ fitKey, spaceVersion });
    setPage(firstPage());
  } else if (measuredFor.spaceVersion !== spaceVersion) {
    // Only the space around changed (a notice grew below): the resident stays on the page they
    // are reading, measured again from its first item.
    setMeasuredFor({ fitKey, spaceVersion });
    setPage({ ...page, end: null });
  }

  const start = page.starts[page.starts.length - 1] ?? 0;
  useLayoutEffect(() => {
    if (page.end !== null) return;
    const frame = windowRef.current;
    const list = listRef.current;
    if (!frame || !list) return;
    const overflow = firstOverflowing(
      [...list.children].map((child) => child.getBoundingClientRect().bottom),
      frame.getBoundingClientRect().bottom,
    );
    // Everything fits without the buttons: one page, no buttons, and nothing to draw again (the
    // page on screen already shows every item). Else measure again with them.
    if (overflow === null && !page.reserve && start === 0) return;
    if (overflow !== null && !page.reserve) setPage({ ...page, reserve: true });
    else setPage({ ...page, end: start + Math.max(1, overflow ?? count - start) });
  }, [page, start, count]);

  const end = page.end ?? count;
  const paged = page.reserve || start > 0 || end < count;
  const pageNumber = page.starts.length;
  return (
    <div className={paged ? 'pager pager--paged' : 'pager'} data-testid={testId} ref={pagerRef}>
      <div className="pager__window" ref={windowRef}>
        <List
          className={listClassName}
          ref={listRef as never}
          role={label ? 'group' : undefined}
          aria-label={label}
        >
          {items.slice(start, end)}
        </List>
      </div>
      {paged ? (
        <div className="pager__controls" data-testid="pager-controls">
          <button
            type="button"
            className="pager__button"
            data-testid="pager-previous"
            disabled={start === 0}
            onClick={() => setPage({ starts: page.starts.slice(0, -1), end: null, reserve: true })}
          >
            <span aria-hidden="true">▲</span> {t('pager.previous')}
          </button>
          <span className="pager__where" data-testid="pager-where">
            {t('pager.where', { page: pageNumber })}
          </span>
          <button
            type="button"
            className="pager__button"
            data-testid="pager-more"
            disabled={end >= count}
            onClick={() => setPage({ starts: [...page.starts, end], end: null, reserve: true })}
          >
            <span aria-hidden="true">▼</span>{' '}
            {end >= count ? t('pager.noMore') : t('pager.more', { count: count - end })}
          </button>
        </div>
      ) : null}
    </div>
  );
}
