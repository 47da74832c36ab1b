/** What a screen says about a receipt or slip it printed. */
export const receiptDisplays = ['printing', 'printed', 'not-printed'] as const;
export type ReceiptDisplay = (typeof receiptDisplays)[number];
