// The receipt's QR code as an image for the screen, for when the printer cannot print it: the
// resident can still photograph it, or a scanner can read it off the screen.
import { createRequire } from 'node:module';

interface QrImage {
  imageSync(
    text: string,
    options: { type: 'svg'; ec_level: 'L' | 'M' | 'Q' | 'H'; margin: number },
  ): string;
}

const qrImage = createRequire(import.meta.url)('qr-image') as QrImage;

export function lookupQrDataUri(lookupCode: string): string {
  const svg = qrImage.imageSync(lookupCode, { type: 'svg', ec_level: 'M', margin: 4 });
  return `data:image/svg+xml;base64,${Buffer.from(svg, 'utf8').toString('base64')}`;
}

/** When no QR code can be drawn: the look-up code as large text, still typeable at any kiosk. */
export function lookupTextDataUri(lookupCode: string): string {
  const safe = lookupCode.replace(/[^A-Za-z0-9-]/g, '');
  const svg =
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 400 60">` +
    `<text x="200" y="40" font-size="28" text-anchor="middle" font-family="monospace">${safe}</text></svg>`;
  return `data:image/svg+xml;base64,${Buffer.from(svg, 'utf8').toString('base64')}`;
}
