// How many items of a page fit: the first item whose bottom edge passes the window's bottom edge.
// Kept apart from the component so that the rule is tested without a browser.

/** Index of the first item that does not fit, or null when all fit (half a pixel of slack). */
export function firstOverflowing(
  itemBottoms: readonly number[],
  windowBottom: number,
): number | null {
  const index = itemBottoms.findIndex((bottom) => bottom > windowBottom + 0.5);
  return index === -1 ? null : index;
}
