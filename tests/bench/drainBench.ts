// Draining a backlog into the reference centre on loopback: 10,000 requests queued while the
// network was down, forwarded by the real upload worker with the default pool, beside the same
// POSTs in a plain loop with the same pool (see drainScenario.ts). Also the WAL bytes the queue
// writes per forwarded request: an in-flight mark and an answer.
import { type BenchRow, type Benchmark, round } from './benchTypes.js';
import { runDrainScenario } from './drainScenario.js';

const backlog = 10_000;
// The default of upstreamMaxInFlight.
const pool = 8;

export const drainBench: Benchmark = {
  name: 'drain a backlog into the loopback centre',
  async run(): Promise<BenchRow[]> {
    const { queueRate, plainRate, walBytesPerRequest, queueCpuMs, plainCpuMs } =
      await runDrainScenario({
        backlog,
        pool,
        strict: false,
        latencyMs: 0,
      });
    const ratio = queueRate / plainRate;
    return [
      {
        benchmark: `drain ${backlog} queued requests into the local centre (pool ${pool})`,
        figure: round(queueRate, 0),
        unit: 'req/s',
        target: '>= 500',
        met: queueRate >= 500,
      },
      {
        benchmark: 'WAL bytes per forwarded request (in-flight mark + answer)',
        figure: Math.round(walBytesPerRequest),
        unit: 'bytes',
        target: '-',
        met: null,
      },
      {
        benchmark: 'the same POSTs in a plain loop, no queue (baseline)',
        figure: round(plainRate, 0),
        unit: 'req/s',
        target: '-',
        met: null,
      },
      {
        benchmark: 'queue throughput ÷ plain loop',
        figure: round(ratio, 2),
        unit: 'x',
        target: '>= 0.9',
        met: ratio >= 0.9,
      },
      {
        benchmark: 'kiosk CPU per forwarded request, queue',
        figure: round(queueCpuMs, 2),
        unit: 'ms',
        target: '-',
        met: null,
      },
      {
        benchmark: 'kiosk CPU per request, plain loop (baseline)',
        figure: round(plainCpuMs, 2),
        unit: 'ms',
        target: '-',
        met: null,
      },
    ];
  },
};
