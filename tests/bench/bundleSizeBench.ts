// The renderer's JavaScript as the kiosk's screen downloads and parses it, gzipped at level 9 as
// a server would send it (build/renderer, from `npm run build`). What a resident waits for is what
// the page loads at start: the entry script and the chunks index.html preloads. The staff screens
// (the demand charts, kiosk care) and demo parts are lazy chunks that only a staff sign-in or the
// demo preview fetches, so they are reported on their own row, beside the whole. The baseline, in
// the same run, is the start-up files uncompressed.
import { readFileSync, readdirSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { BenchRow, Benchmark } from './benchTypes.js';
import { round } from './benchTypes.js';

const targetKb = 150;

/** The scripts index.html loads itself: its module entry and its modulepreload links. */
function startUpScripts(indexHtml: string): Set<string> {
  const names = new Set<string>();
  const pattern = /<(?:script[^>]*\ssrc|link[^>]*rel="modulepreload"[^>]*\shref)="([^"]+\.js)"/g;
  for (const match of indexHtml.matchAll(pattern)) names.add(basename(match[1] ?? ''));
  return names;
}

export const bundleSizeBench: Benchmark = {
  name: 'renderer JavaScript size',
  run(): Promise<BenchRow[]> {
    const root = resolve('build/renderer');
    const dir = join(root, 'assets');
    const files = readdirSync(dir).filter((name) => name.endsWith('.js'));
    if (files.length === 0) throw new Error(`no built JavaScript in ${dir}; run npm run build`);
    const atStart = startUpScripts(readFileSync(join(root, 'index.html'), 'utf8'));
    const missing = [...atStart].filter((name) => !files.includes(name));
    if (atStart.size === 0 || missing.length > 0)
      throw new Error(
        `index.html names scripts not built: ${missing.join(', ') || '(none found)'}`,
      );
    const sizes = { startRaw: 0, startGzipped: 0, lazyGzipped: 0 };
    for (const name of files) {
      const bytes = readFileSync(join(dir, name));
      const gzipped = gzipSync(bytes, { level: 9 }).length;
      if (atStart.has(name)) {
        sizes.startRaw += bytes.length;
        sizes.startGzipped += gzipped;
      } else sizes.lazyGzipped += gzipped;
    }
    const kb = (bytes: number) => round(bytes / 1024, 1);
    const lazyCount = files.length - atStart.size;
    return Promise.resolve([
      {
        benchmark: `renderer JavaScript loaded at start, gzipped (${atStart.size} files)`,
        figure: kb(sizes.startGzipped),
        unit: 'KB',
        target: `<= ${targetKb}`,
        met: sizes.startGzipped / 1024 <= targetKb,
      },
      {
        benchmark: 'the same uncompressed (baseline)',
        figure: kb(sizes.startRaw),
        unit: 'KB',
        target: '-',
        met: null,
      },
      {
        benchmark: `lazy chunks for staff screens and the demo, gzipped (${lazyCount} files)`,
        figure: kb(sizes.lazyGzipped),
        unit: 'KB',
        target: '-',
        met: null,
      },
      {
        benchmark: 'all renderer JavaScript, gzipped',
        figure: kb(sizes.startGzipped + sizes.lazyGzipped),
        unit: 'KB',
        target: '-',
        met: null,
      },
    ]);
  },
};
