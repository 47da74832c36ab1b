// The renderer's JavaScript as the kiosk's screen downloads and parses it: every .js file of the
// built page (build/renderer/assets, from `npm run build`), gzipped at level 9 as a server would
// send it. The baseline, in the same run, is the same files uncompressed.
import { readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { BenchRow, Benchmark } from './benchTypes.js';
import { round } from './benchTypes.js';

const targetKb = 150;

export const bundleSizeBench: Benchmark = {
  name: 'renderer JavaScript size',
  run(): Promise<BenchRow[]> {
    const dir = resolve('build/renderer/assets');
    const files = readdirSync(dir).filter((name) => name.endsWith('.js'));
    if (files.length === 0) throw new Error(`no built JavaScript in ${dir}; run npm run build`);
    let raw = 0;
    let gzipped = 0;
    for (const name of files) {
      const bytes = readFileSync(join(dir, name));
      raw += bytes.length;
      gzipped += gzipSync(bytes, { level: 9 }).length;
    }
    const kb = (bytes: number) => round(bytes / 1024, 1);
    return Promise.resolve([
      {
        benchmark: `renderer JavaScript, gzipped (${files.length} files, the demo chunk included)`,
        figure: kb(gzipped),
        unit: 'KB',
        target: `<= ${targetKb}`,
        met: gzipped / 1024 <= targetKb,
      },
      {
        benchmark: 'the same uncompressed (baseline)',
        figure: kb(raw),
        unit: 'KB',
        target: '-',
        met: null,
      },
    ]);
  },
};
