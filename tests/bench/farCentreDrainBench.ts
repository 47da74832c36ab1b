// Draining a backlog into a real centre's platform: the reference centre in strict mode (plain
// Open311, its own service codes, no Idempotency-Key) 50 ms away, each reply held back by a
// delaying proxy. A bounded pool must hide the latency: the worker runs with a pool of 32 (set
// with upstreamMaxInFlight), beside the same POSTs in a plain loop with the same pool and proxy.
import { type BenchRow, type Benchmark, round } from './benchTypes.js';
import { runDrainScenario } from './drainScenario.js';

const backlog = 10_000;
const pool = 32;
const latencyMs = 50;

export const farCentreDrainBench: Benchmark = {
  name: 'drain a backlog into a strict centre 50 ms away',
  async run(): Promise<BenchRow[]> {
    const { queueRate, plainRate, queueCpuMs, plainCpuMs } = await runDrainScenario({
      backlog,
      pool,
      strict: true,
      latencyMs,
    });
    return [
      {
        benchmark: `drain ${backlog} queued requests, strict centre ${latencyMs} ms away (pool ${pool})`,
        figure: round(queueRate, 0),
        unit: 'req/s',
        target: '>= 300',
        met: queueRate >= 300,
      },
      {
        benchmark: `the same POSTs in a plain loop, ${latencyMs} ms away (baseline)`,
        figure: round(plainRate, 0),
        unit: 'req/s',
        target: '-',
        met: null,
      },
      {
        benchmark: `queue throughput ÷ plain loop, ${latencyMs} ms away`,
        figure: round(queueRate / plainRate, 2),
        unit: 'x',
        target: '-',
        met: null,
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
