// The reference centre server as a real child process on a free loopback port, for tests that
// need the kiosk and the centre to be separate processes. The centre imports nothing of the
// kiosk, so (in extension mode) it is handed the kiosk's demo community as a JSON file; pass
// CENTRE_STRICT=1 in env for the strict, plain-Open311 centre.
import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { demoCommunity } from '../../demo/community/index.js';

export interface CentreProcess {
  url: string;
  apiKey: string;
  dataDir: string;
  stop(): Promise<void>;
}

const centreEntry = resolve('build/node/centre/main.js');

export async function startCentreProcess(
  dataDir: string,
  env: Record<string, string> = {},
  // A bound on waiting for the "listening" line, not a delay: a loaded 2-core CI takes ~15 s
  // to load the modules where a quiet one takes 1.5.
  timeoutMs = 60_000,
): Promise<CentreProcess> {
  if (!existsSync(centreEntry))
    throw new Error(`${centreEntry} is missing: run "npm run build" first.`);
  const apiKey = 'test-kiosk-key-0123456789';
  const directoryFile = join(dataDir, 'directory.json');
  if (env.CENTRE_DIRECTORY_FILE === undefined) {
    mkdirSync(dataDir, { recursive: true });
    writeFileSync(directoryFile, JSON.stringify(demoCommunity));
  }
  const child: ChildProcess = spawn(process.execPath, [centreEntry], {
    env: {
      ...process.env,
      PORT: '0',
      CENTRE_DATA_DIR: dataDir,
      CENTRE_API_KEY: apiKey,
      CENTRE_DIRECTORY_FILE: directoryFile,
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  // Only the tail is kept for error messages: the centre logs every call, and a long run (the
  // soak) would otherwise hold all of it in this process's heap.
  let output = '';
  const keep = (chunk: Buffer) => {
    output = (output + chunk.toString('utf8')).slice(-16_384);
  };
  child.stderr?.on('data', keep);
  const url = await new Promise<string>((resolveUrl, reject) => {
    // A centre that never came up is killed, not left running beside the next test's.
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`centre did not start: ${output}`));
    }, timeoutMs);
    child.stdout?.on('data', (chunk: Buffer) => {
      keep(chunk);
      const match = /centre server listening on (http:\/\/\S+)/.exec(output);
      if (match?.[1]) {
        clearTimeout(timer);
        resolveUrl(match[1]);
      }
    });
    child.once('exit', (code) => reject(new Error(`centre exited with ${code}: ${output}`)));
  });
  return {
    url,
    apiKey,
    dataDir,
    stop: () =>
      new Promise((done) => {
        if (child.exitCode !== null) return done();
        child.once('exit', () => done());
        child.kill('SIGTERM');
      }),
  };
}
