/** What the result screen says about the receipt. */
export const receiptDisplays = ['printing', 'printed', 'not-printed'] as const;
export type ReceiptDisplay = (typeof receiptDisplays)[number];
