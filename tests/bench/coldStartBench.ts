// Cold start as a resident would see it: from spawning the host on a fresh data dir to the home
// screen's heading painted in Chromium (a new page in a browser that is already running, as the
// kiosk's screen unit keeps it). The baseline, in the same run and the same browser, is a bare
// Node server whose page is one heading: the same spawn, navigation and paint, with none of the
// kiosk. Also the host's resident memory once the home screen is up.
import { type Browser, chromium } from '@playwright/test';
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { quietChromiumFlags } from '../../electron/launcher/chromiumFlags.js';
import { type BenchRow, type Benchmark, percentile, round } from './benchTypes.js';

const runs = 7;
const targetMs = 1500;
const bareServer = `require('node:http').createServer((q, s) => { s.setHeader('content-type', 'text/html; charset=utf-8'); s.end('<!doctype html><h1>您好！</h1>'); }).listen(0, '127.0.0.1', function () { console.log('listening on http://127.0.0.1:' + this.address().port + '/'); });`;

function listeningUrl(child: ChildProcess): Promise<string> {
  return new Promise((resolveUrl, reject) => {
    let out = '';
    const timer = setTimeout(() => reject(new Error(`did not start in 20 s: ${out}`)), 20_000);
    child.stdout?.on('data', (chunk: Buffer) => {
      out += chunk.toString('utf8');
      const match = /listening on (http:\/\/\S+)/.exec(out);
      if (match?.[1]) {
        clearTimeout(timer);
        resolveUrl(match[1]);
      }
    });
    child.once('exit', (code) => reject(new Error(`exited with ${code}: ${out}`)));
  });
}

/** Resident set size of a process, from /proc (Linux), in MB. */
function rssMb(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = Number(/VmRSS:\s+(\d+) kB/.exec(status)?.[1] ?? Number.NaN);
  return kb / 1024;
}

/** Milliseconds from spawn to the level-1 heading painted (two animation frames after it shows). */
async function timeToPaint(
  browser: Browser,
  args: string[],
  env: Record<string, string>,
): Promise<{ ms: number; rss: number }> {
  const page = await browser.newPage({ viewport: { width: 1920, height: 1080 } });
  const started = performance.now();
  const child = spawn(process.execPath, args, {
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'ignore'],
  });
  try {
    const url = await listeningUrl(child);
    await page.goto(url, { waitUntil: 'commit' });
    await page.getByRole('heading', { level: 1 }).waitFor({ state: 'visible', timeout: 20_000 });
    // A string, since this file is compiled without the DOM's types: two frames after the
    // heading is in the DOM, it has been painted.
    await page.evaluate(
      'new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(() => done(null))))',
    );
    const ms = performance.now() - started;
    return { ms, rss: child.pid === undefined ? Number.NaN : rssMb(child.pid) };
  } finally {
    child.kill('SIGTERM');
    await page.close();
  }
}

export const coldStartBench: Benchmark = {
  name: 'cold start to the home screen painted',
  async run(): Promise<BenchRow[]> {
    const browser = await chromium.launch({
      executablePath: process.env.KIOSK_CHROMIUM ?? '/usr/bin/chromium',
      args: ['--no-sandbox', '--disable-gpu', ...quietChromiumFlags],
    });
    const kiosk: number[] = [];
    const bare: number[] = [];
    const rss: number[] = [];
    try {
      for (let i = 0; i < runs; i += 1) {
        const dataDir = mkdtempSync(join(tmpdir(), 'kiosk-bench-cold-'));
        try {
          const started = await timeToPaint(
            browser,
            [resolve('build/node/electron/host/main.js')],
            {
              PORT: '0',
              KIOSK_DATA_DIR: dataDir,
            },
          );
          kiosk.push(started.ms);
          rss.push(started.rss);
        } finally {
          rmSync(dataDir, { recursive: true, force: true });
        }
        bare.push((await timeToPaint(browser, ['-e', bareServer], {})).ms);
      }
    } finally {
      await browser.close();
    }
    kiosk.sort((a, b) => a - b);
    bare.sort((a, b) => a - b);
    rss.sort((a, b) => a - b);
    const p50 = percentile(kiosk, 50);
    return [
      {
        benchmark: 'cold start of the host to the home screen painted in Chromium, p50',
        figure: round(p50),
        unit: 'ms',
        target: `<= ${targetMs}`,
        met: p50 <= targetMs,
      },
      {
        benchmark: 'the same for a bare Node server and a one-heading page (baseline), p50',
        figure: round(percentile(bare, 50)),
        unit: 'ms',
        target: '-',
        met: null,
      },
      {
        benchmark: 'host resident memory with the home screen up, p50',
        figure: round(percentile(rss, 50)),
        unit: 'MB',
        target: '-',
        met: null,
      },
    ];
  },
};
