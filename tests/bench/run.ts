// `npm run bench`: runs every benchmark, prints one table and writes the same rows to
// bench-results.json. Targets live here, never in timed unit tests. Arguments select benchmarks
// by a word of their name (`node build/node/tests/bench/run.js drain enqueue`), so a change can
// be measured several times without the whole suite on a loaded machine.
import { writeFileSync } from 'node:fs';
import type { BenchRow, Benchmark } from './benchTypes.js';
import { cardReaderBench } from './cardReaderBench.js';
import { cardToFormBench } from './cardToFormBench.js';
import { coldStartBench } from './coldStartBench.js';
import { drainBench } from './drainBench.js';
import { enqueueBench } from './enqueueBench.js';
import { farCentreDrainBench } from './farCentreDrainBench.js';
import { intakeBench } from './intakeBench.js';
import { journeyTapsBench } from './journeyTapsBench.js';
import { matchingBench } from './matchingBench.js';
import { matchingQualityBench } from './matchingQualityBench.js';
import { printerBench } from './printerBench.js';
import { receiptOutcomeBench } from './receiptOutcomeBench.js';
import { soakBench } from './soakBench.js';
import { startupBench } from './startupBench.js';
import { storageBench } from './storageBench.js';
import { bundleSizeBench } from './bundleSizeBench.js';

const benchmarks: Benchmark[] = [
  startupBench,
  coldStartBench,
  cardReaderBench,
  printerBench,
  intakeBench,
  matchingBench,
  matchingQualityBench,
  enqueueBench,
  drainBench,
  farCentreDrainBench,
  journeyTapsBench,
  cardToFormBench,
  receiptOutcomeBench,
  storageBench,
  bundleSizeBench,
  soakBench,
];

function printTable(rows: BenchRow[]): void {
  const header = ['benchmark', 'figure', 'unit', 'target', 'met?'];
  const cells = rows.map((row) => [
    row.benchmark,
    String(row.figure),
    row.unit,
    row.target,
    row.met === null ? '-' : row.met ? 'yes' : 'NO',
  ]);
  const widths = header.map((title, column) =>
    Math.max(title.length, ...cells.map((line) => (line[column] ?? '').length)),
  );
  const format = (line: string[]) =>
    line.map((cell, column) => cell.padEnd(widths[column] ?? 0)).join(' | ');
  console.log(format(header));
  console.log(widths.map((width) => '-'.repeat(width)).join('-|-'));
  for (const line of cells) console.log(format(line));
}

async function main(): Promise<void> {
  const rows: BenchRow[] = [];
  const words = process.argv.slice(2).map((word) => word.toLowerCase());
  const chosen = benchmarks.filter(
    (benchmark) =>
      words.length === 0 || words.some((word) => benchmark.name.toLowerCase().includes(word)),
  );
  if (chosen.length === 0) throw new Error(`no benchmark is named by: ${words.join(' ')}`);
  for (const benchmark of chosen) {
    process.stderr.write(`running: ${benchmark.name}\n`);
    rows.push(...(await benchmark.run()));
  }
  printTable(rows);
  writeFileSync('bench-results.json', `${JSON.stringify(rows, null, 2)}\n`);
  if (rows.some((row) => row.met === false)) process.exitCode = 1;
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
