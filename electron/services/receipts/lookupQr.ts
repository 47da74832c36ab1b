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
