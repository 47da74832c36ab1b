// Confirm to receipt bytes: from the resident's "submit" (a submitRequest call) until the
// simulated printer has received the whole receipt, through the real services and SQLite with
// synchronous=FULL. The baseline, in the same run, is printing an already-built receipt alone.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startKioskRuntime } from '../../electron/services/kioskRuntime.js';
import { createMemoryLogger } from '../../electron/services/logger.js';
import { type BenchRow, type Benchmark, latencyRow } from './benchTypes.js';
import { demoKit } from '../../demo/demoKit.js';

const submissions = 200;

export const intakeBench: Benchmark = {
  name: 'confirm to receipt bytes',
  async run(): Promise<BenchRow[]> {
    const root = mkdtempSync(join(tmpdir(), 'kiosk-bench-intake-'));
    const runtime = startKioskRuntime({
      dataDir: join(root, 'data'),
      shell: 'test',
      demo: demoKit,
      // Hundreds of submissions in seconds: past the lobby's rate limit, which is not measured here.
      env: { KIOSK_SUBMISSIONS_PER_HOUR: '100000' },
      logger: createMemoryLogger(),
    });
    const virtualPrinter = runtime.devices.printer.virtualPrinter;
    if (!virtualPrinter) throw new Error('the bench needs the simulated printer');
    try {
      const latencies: number[] = [];
      const printOnly: number[] = [];
      for (let i = 0; i < submissions; i += 1) {
        const started = performance.now();
        const printed = new Promise<void>((resolve) => {
          const off = virtualPrinter.onReceipt(() => {
            off();
            resolve();
          });
        });
        const reply = await runtime.dispatch('submitRequest', {
          category: 'basic-living',
          needId: null,
          description: '厨房水管漏水，需要维修',
          urgency: i % 5 === 0 ? 'urgent' : 'normal',
          contact: { phone: '13812345678', name: '张三明' },
          language: 'zh-CN',
        });
        if (!reply.ok) throw new Error(reply.error.message);
        await printed;
        latencies.push(performance.now() - started);

        const job = runtime.db
          .prepare('SELECT document_json FROM print_jobs ORDER BY rowid DESC LIMIT 1')
          .get() as {
          document_json: string;
        };
        const again = performance.now();
        await runtime.devices.printer.print(`bench-${i}`, JSON.parse(job.document_json));
        printOnly.push(performance.now() - again);
      }
      return [
        latencyRow('confirm to receipt bytes, p50 (simulated printer)', latencies, 50, 200),
        latencyRow('confirm to receipt bytes, p95 (simulated printer)', latencies, 95, 200),
        latencyRow('printing a built receipt alone, p50 (baseline)', printOnly, 50, null),
      ];
    } finally {
      await runtime.close();
      rmSync(root, { recursive: true, force: true });
    }
  },
};
