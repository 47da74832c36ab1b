// The virtual printer's memory, measured rather than accounted: a child process with --expose-gc
// feeds it 20,000 small pooled chunks and reports the ArrayBuffer bytes the process still holds
// and heap bytes after a full collection. Slices of Node's 8 KB pool would pin a slab each
// (~38 MB here), and a Buffer per kept chunk costs ~180 B of heap each; one ring buffer of the
// cap holds what is kept and nothing per chunk.
import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const probe = resolve('tests/unit/hardware/printer/support/retainedMemoryProbe.ts');
const jiti = resolve('node_modules/jiti/lib/jiti-cli.mjs');

describe('the memory the virtual printer holds, after garbage collection', () => {
  it('stays near its cap after thousands of small chunks', () => {
    const keepBytes = 256 * 1024;
    const run = spawnSync(
      process.execPath,
      ['--expose-gc', jiti, probe, String(keepBytes), '40000'],
      { encoding: 'utf8', timeout: 60_000 },
    );
    expect(run.status, run.stderr).toBe(0);
    const report = JSON.parse(run.stdout.trim()) as {
      grown: number;
      heapGrown: number;
      kept: number;
    };
    expect(report.kept).toBeLessThanOrEqual(keepBytes);
    expect(report.kept).toBeGreaterThan(keepBytes - 16);
    // What it keeps, plus ~72 KB the process takes at first use whatever the count (a pool slab
    // among it); not one slab per chunk.
    expect(report.grown).toBeLessThan(keepBytes + 96 * 1024);
    // Nor a Buffer object per chunk on the heap: ~6.6 MB for the 26,000 chunks a chunk list kept
    // here, ~0.6 MB with the ring (its 100 decoded receipts and the code that ran).
    expect(report.heapGrown).toBeLessThan(2 * 1024 * 1024);
  });
});
