// Starts `npm run host`'s entry point as a real child process on a free port with its own data
// dir, the way the Chromium shell runs it, and hands back its URL and its logs.
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

export interface HostProcess {
  url: string;
  dataDir: string;
  output(): string;
  stop(): Promise<void>;
}

const hostEntry = resolve('build/node/electron/host/main.js');

export async function startHostProcess(
  env: Record<string, string> = {},
  // A bound on waiting for the "listening" line, not a delay: a loaded 2-core CI takes ~15 s
  // to load the modules where a quiet one takes 1.5.
  timeoutMs = 60_000,
): Promise<HostProcess> {
  const dataDir = env.KIOSK_DATA_DIR ?? mkdtempSync(join(tmpdir(), 'kiosk-e2e-'));
  const child: ChildProcess = spawn(process.execPath, [hostEntry], {
    env: { ...process.env, PORT: '0', KIOSK_DATA_DIR: dataDir, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
  const url = await new Promise<string>((resolveUrl, reject) => {
    // A host that never came up is killed, not left running (on a free port, on the data dir).
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`host did not start: ${output}`));
    }, timeoutMs);
    child.stdout?.on('data', (chunk: Buffer) => {
      output += chunk.toString('utf8');
      const match = /listening on (http:\/\/\S+)/.exec(output);
      if (match?.[1]) {
        clearTimeout(timer);
        resolveUrl(match[1]);
      }
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`host exited with ${code}: ${output}`));
    });
  });
  return {
    url,
    dataDir,
    output: () => output,
    stop: async () => {
      if (child.exitCode === null) {
        await new Promise<void>((done) => {
          child.once('exit', () => done());
          child.kill('SIGTERM');
        });
      }
      if (!env.KIOSK_DATA_DIR) rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
