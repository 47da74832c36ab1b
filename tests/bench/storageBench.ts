// What the database keeps per 1,000 requests once the retention window has passed: a kiosk
// runtime on a fake clock takes a day's requests at a time for three weeks, with the retention
// sweep run daily as the kiosk runs it; the figure is the growth of the used database pages
// over the last week (after the window), per 1,000 requests. The baseline, in the same run, is
// the same days without the sweep.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Database } from 'better-sqlite3';
import { demoKit } from '../../demo/demoKit.js';
import { startKioskRuntime } from '../../electron/services/kioskRuntime.js';
import { createMemoryLogger } from '../../electron/services/logger.js';
import { createRetentionSweep } from '../../electron/services/retention/retentionSweep.js';
import { type BenchRow, type Benchmark, round } from './benchTypes.js';

const days = 21;
const perDay = 100;
const retentionDays = 7;
const measuredFromDay = 14;
const dayMs = 24 * 60 * 60 * 1000;

/** Bytes in pages that hold data (free pages are reused before the file grows). */
function usedBytes(db: Database): number {
  db.pragma('wal_checkpoint(TRUNCATE)');
  const pages = db.pragma('page_count', { simple: true }) as number;
  const free = db.pragma('freelist_count', { simple: true }) as number;
  const size = db.pragma('page_size', { simple: true }) as number;
  return (pages - free) * size;
}

async function bytesPer1000(sweep: boolean): Promise<number> {
  const root = mkdtempSync(join(tmpdir(), 'kiosk-bench-storage-'));
  let now = new Date('2026-11-01T01:30:00Z').getTime();
  const runtime = startKioskRuntime({
    dataDir: join(root, 'data'),
    shell: 'test',
    demo: demoKit,
    // A day's requests in a second: past the lobby's rate limit, which is not measured here.
    env: { KIOSK_SUBMISSIONS_PER_HOUR: '100000', KIOSK_PRINT_RETENTION_DAYS: '365' },
    logger: createMemoryLogger(),
    now: () => new Date(now),
  });
  // The runtime's own sweep keeps a year; this one is the window under test, run each day.
  const daily = createRetentionSweep({
    db: runtime.db,
    retentionDays,
    now: () => new Date(now),
    logger: createMemoryLogger(),
  });
  try {
    let before = 0;
    for (let day = 0; day < days; day += 1) {
      if (day === measuredFromDay) before = usedBytes(runtime.db);
      for (let i = 0; i < perDay; i += 1) {
        now += 60_000;
        const reply = await runtime.dispatch('submitRequest', {
          category: 'basic-living',
          needId: null,
          description: '厨房水管漏水，需要维修',
          urgency: i % 5 === 0 ? 'urgent' : 'normal',
          contact: { phone: '13812345678', name: '张三明' },
          language: 'zh-CN',
        });
        if (!reply.ok) throw new Error(reply.error.message);
      }
      await runtime.printing.idle();
      now = new Date(now).setUTCHours(0, 0, 0, 0) + dayMs + 90 * 60_000;
      if (sweep) daily.sweep();
    }
    const grown = usedBytes(runtime.db) - before;
    return (grown / ((days - measuredFromDay) * perDay)) * 1000;
  } finally {
    await runtime.close();
    rmSync(root, { recursive: true, force: true });
  }
}

export const storageBench: Benchmark = {
  name: 'database bytes per 1,000 requests',
  async run(): Promise<BenchRow[]> {
    const purged = await bytesPer1000(true);
    const kept = await bytesPer1000(false);
    const mb = (bytes: number) => round(bytes / 1_000_000, 2);
    return [
      {
        benchmark: `database growth per 1,000 requests after the ${retentionDays}-day retention window`,
        figure: mb(purged),
        unit: 'MB',
        target: '<= 1',
        met: purged <= 1_000_000,
      },
      {
        benchmark: 'the same without the retention sweep (baseline)',
        figure: mb(kept),
        unit: 'MB',
        target: '-',
        met: null,
      },
    ];
  },
};
