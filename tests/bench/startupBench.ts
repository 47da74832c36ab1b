// Start-up: from spawning `npm run host`'s entry to the host answering its page. The baseline,
// measured in the same run, is a bare Node HTTP server doing the same, so a slow machine shows
// up in both figures and the ratio stays meaningful.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { get } from 'node:http';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { type BenchRow, type Benchmark, percentile, round } from './benchTypes.js';

const runs = 7;
const targetMs = 2000;
const bareServer = `require('node:http').createServer((q, s) => s.end('ok')).listen(0, '127.0.0.1', function () { console.log('listening on http://127.0.0.1:' + this.address().port + '/'); });`;

function answers(url: string): Promise<boolean> {
  return new Promise((done) => {
    get(url, (res) => {
      res.resume();
      done(res.statusCode === 200);
    }).on('error', () => done(false));
  });
}

async function timeToAnswer(args: string[], env: Record<string, string>): Promise<number> {
  const started = performance.now();
  const child = spawn(process.execPath, args, {
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'ignore'],
  });
  try {
    const url = await new Promise<string>((resolveUrl, reject) => {
      let out = '';
      const timer = setTimeout(() => reject(new Error('did not start in 20 s')), 20_000);
      child.stdout.on('data', (chunk: Buffer) => {
        out += chunk.toString('utf8');
        const match = /listening on (http:\/\/\S+)/.exec(out);
        if (match?.[1]) {
          clearTimeout(timer);
          resolveUrl(match[1]);
        }
      });
    });
    while (!(await answers(url))) await new Promise((r) => setTimeout(r, 5));
    return performance.now() - started;
  } finally {
    child.kill('SIGTERM');
  }
}

export const startupBench: Benchmark = {
  name: 'start-up to the host answering',
  async run(): Promise<BenchRow[]> {
    const host: number[] = [];
    const bare: number[] = [];
    for (let i = 0; i < runs; i += 1) {
      const dataDir = mkdtempSync(join(tmpdir(), 'kiosk-bench-'));
      try {
        host.push(
          await timeToAnswer([resolve('build/node/electron/host/main.js')], {
            PORT: '0',
            KIOSK_DATA_DIR: dataDir,
          }),
        );
      } finally {
        rmSync(dataDir, { recursive: true, force: true });
      }
      bare.push(await timeToAnswer(['-e', bareServer], {}));
    }
    host.sort((a, b) => a - b);
    bare.sort((a, b) => a - b);
    const p50 = percentile(host, 50);
    const max = host[host.length - 1] ?? Number.NaN;
    const bareP50 = percentile(bare, 50);
    return [
      {
        benchmark: 'host start-up to first answer, p50 (fresh data dir)',
        figure: round(p50),
        unit: 'ms',
        target: `< ${targetMs}`,
        met: p50 < targetMs,
      },
      {
        benchmark: 'host start-up to first answer, max of 7',
        figure: round(max),
        unit: 'ms',
        target: `< ${targetMs}`,
        met: max < targetMs,
      },
      {
        benchmark: 'bare Node HTTP server start-up, p50 (baseline)',
        figure: round(bareP50),
        unit: 'ms',
        target: '-',
        met: null,
      },
      {
        benchmark: 'host start-up ÷ bare baseline, p50',
        figure: round(p50 / bareP50, 2),
        unit: 'x',
        target: '-',
        met: null,
      },
    ];
  },
};
