// A decoded receipt as one self-contained HTML page (no external files), drawn at the paper's
// width: one column per Latin character, two per Chinese one, sizes and alignment as printed.
// The app screenshots it with Chromium for the preview and as a test artifact.
import { dotsPerColumn, type PaperProfile } from '../document/paper.js';
import { charColumns } from '../document/printableText.js';
import type { DecodedItem, DecodedLine, DecodedQr, DecodedReceipt } from './decodedReceipt.js';
import { qrModules } from './qrMatrix.js';

export interface ReceiptHtmlOptions {
  readonly paper: PaperProfile;
  readonly title?: string;
  readonly lang?: string;
}

const escapeHtml = (text: string): string =>
  text.replace(/[&<>"']/gu, (c) => `&#${c.charCodeAt(0)};`);

const justify = { left: 'flex-start', center: 'center', right: 'flex-end' } as const;

// Dots to ch: one column is 12 dots wide.
const ch = (dots: number): string => `${(dots / dotsPerColumn).toFixed(3)}ch`;

function lineHtml(line: DecodedLine): string {
  const height = Math.max(1, ...line.runs.map((run) => run.height));
  const chars = line.runs.flatMap((run) =>
    [...run.text].map((char) => {
      const columns = charColumns(char) * run.width;
      const scaled = run.width !== 1 || run.height !== 1;
      const glyph = scaled
        ? `<span class="g" style="transform:scale(${run.width},${run.height})">${escapeHtml(char)}</span>`
        : escapeHtml(char);
      return `<span class="c${run.bold ? ' b' : ''}" style="width:${columns}ch">${glyph}</span>`;
    }),
  );
  return (
    `<div class="line" style="justify-content:${justify[line.align]};height:${1.5 * height}em">` +
    `${chars.join('')}</div>`
  );
}

function qrSvg(qr: DecodedQr): string {
  const modules = qrModules(qr.payload, qr.errorCorrection);
  if (!modules) return '';
  const size = modules.length;
  const path = modules
    .flatMap((row, y) => row.map((dark, x) => (dark ? `M${x} ${y}h1v1h-1z` : '')))
    .join('');
  const quiet = 4;
  const width = ch((size + 2 * quiet) * qr.moduleSize);
  return (
    `<svg class="qr" role="img" aria-label="QR code" viewBox="${-quiet} ${-quiet} ${size + 2 * quiet} ` +
    `${size + 2 * quiet}" style="width:${width};height:${width}" shape-rendering="crispEdges">` +
    `<rect x="${-quiet}" y="${-quiet}" width="100%" height="100%" fill="#fff"/>` +
    `<path d="${path}" fill="#000"/></svg>`
  );
}

function itemHtml(item: DecodedItem): string {
  switch (item.kind) {
    case 'text':
      return lineHtml(item);
    case 'qr':
      return (
        `<div class="qr-block" style="align-items:${justify[item.align]}">${qrSvg(item)}` +
        `<div class="qr-payload">${escapeHtml(item.payload)}</div></div>`
      );
    case 'feed':
      return `<div class="feed" style="height:calc(${1.5 * item.lines}em + ${ch(item.dots)})"></div>`;
    case 'cut':
      return `<div class="cut" title="${item.mode} cut"></div>`;
    case 'image':
      return `<div class="image" style="width:${ch(item.widthDots)};height:${ch(item.heightDots)}">image</div>`;
    case 'unknown':
      return `<div class="unknown">unknown command ${escapeHtml(item.hex.slice(0, 32))}</div>`;
  }
}

const style = (paper: PaperProfile): string => `
*{box-sizing:border-box;margin:0;padding:0}
body{background:#d9d9d9;padding:24px;display:flex;justify-content:center}
.paper{width:calc(${paper.columns}ch + 4ch);padding:2ch;background:#fff;color:#111;
  font:16px/1.5 "Noto Sans Mono CJK SC","Sarasa Mono SC","WenQuanYi Zen Hei Mono","Source Han Mono SC",monospace;
  box-shadow:0 2px 8px rgba(0,0,0,.25)}
.line{display:flex;align-items:flex-end;white-space:pre;width:${paper.columns}ch;overflow:hidden}
.c{display:inline-block;text-align:center;overflow:visible}
.b{font-weight:700}
.g{display:inline-block;transform-origin:center bottom}
.qr-block{display:flex;flex-direction:column;width:${paper.columns}ch}
.qr{display:block}
.qr-payload{margin:.25em 0;padding:.1em .4em;border:1px solid #999;font-size:12px;word-break:break-all;max-width:100%}
.cut{border-top:2px dashed #888;margin:.75em -2ch 0;position:relative}
.cut::after{content:"\\2702";position:absolute;left:.5ch;top:-.8em;color:#888;background:#fff}
.image{background:#ccc;color:#555;font-size:12px;display:flex;align-items:center;justify-content:center}
.unknown{color:#b00;font-size:12px}
`;

export function renderReceiptHtml(receipt: DecodedReceipt, options: ReceiptHtmlOptions): string {
  const { paper } = options;
  const title = escapeHtml(options.title ?? `Receipt preview (${paper.widthMm} mm)`);
  const body = receipt.items.map(itemHtml).join('\n');
  return (
    `<!doctype html>\n<html lang="${escapeHtml(options.lang ?? 'zh-CN')}"><head><meta charset="utf-8">` +
    `<meta name="viewport" content="width=device-width"><title>${title}</title>` +
    `<style>${style(paper)}</style></head>\n<body><div class="paper paper-${paper.widthMm}">\n` +
    `${body}\n</div></body></html>\n`
  );
}
