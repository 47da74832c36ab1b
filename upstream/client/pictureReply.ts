// A proposal's picture as the centre served it, kept only if it is what it says it is. A real
// centre serves photographs (JPEG, PNG, WebP) as often as drawings (SVG); the kiosk shows each
// as a data: URL, since the page's CSP loads no remote image. The declared type and the first
// bytes must agree: an HTML error page or a truncated file served as image/jpeg is no picture.
// An SVG shown through <img> runs no script, so its text needs no cleaning here.

const signatures: { type: string; matches(bytes: Buffer): boolean }[] = [
  {
    type: 'image/png',
    matches: (bytes) => bytes.subarray(0, 8).equals(Buffer.from('89504e470d0a1a0a', 'hex')),
  },
  {
    type: 'image/jpeg',
    matches: (bytes) => bytes.subarray(0, 3).equals(Buffer.from('ffd8ff', 'hex')),
  },
  {
    type: 'image/webp',
    matches: (bytes) =>
      bytes.subarray(0, 4).toString('latin1') === 'RIFF' &&
      bytes.subarray(8, 12).toString('latin1') === 'WEBP',
  },
  {
    type: 'image/svg+xml',
    matches: (bytes) => /^(?:\uFEFF)?\s*(?:<\?xml[^>]*>\s*)?<svg[\s>]/.test(bytes.toString('utf8')),
  },
];

/** The picture as a data: URL, or null when the reply is not a picture the kiosk can show. */
export function pictureDataUrl(contentType: string, bytes: Buffer): string | null {
  const declared = contentType.split(';')[0]?.trim().toLowerCase() ?? '';
  const signature = signatures.find((s) => s.type === declared);
  if (!signature || !signature.matches(bytes)) return null;
  return `data:${signature.type};base64,${bytes.toString('base64')}`;
}
