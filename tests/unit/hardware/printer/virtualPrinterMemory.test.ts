// The virtual printer's memory, measured rather than accounted: a child process with --expose-gc
// feeds it 20,000 small pooled chunks and reports the ArrayBuffer bytes the process still holds
// after a full collection. Slices of Node's 8 KB pool would pin a slab each (~38 MB here); exact
// copies hold what is kept (the cap) and one current pool slab.
import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const probe = resolve('tests/unit/hardware/printer/support/retainedMemoryProbe.ts');
const jiti = resolve('node_modules/jiti/lib/jiti-cli.mjs');

describe('the memory the virtual printer holds, after garbage collection', () => {
  it('stays near its cap after thousands of small chunks', () => {
    const keepBytes = 64 * 1024;
    const run = spawnSync(
      process.execPath,
      ['--expose-gc', jiti, probe, String(keepBytes), '20000'],
      { encoding: 'utf8', timeout: 60_000 },
    );
    expect(run.status, run.stderr).toBe(0);
    const report = JSON.parse(run.stdout.trim()) as { grown: number; kept: number };
    expect(report.kept).toBeLessThanOrEqual(keepBytes);
    expect(report.kept).toBeGreaterThan(keepBytes - 16);
    // What it keeps, plus at most one 8 KB pool slab and change; not one slab per chunk.
    expect(report.grown).toBeLessThan(keepBytes + 64 * 1024);
  });
});
