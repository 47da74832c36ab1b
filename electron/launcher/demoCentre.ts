// In demo mode `npm start` runs the reference centre server beside the kiosk, on loopback with its
// own data dir, so requests really travel upstream and come back with progress.
import { type ChildProcess, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { appRoot } from '../services/appPaths.js';

export interface DemoCentre {
  url: string;
  apiKey: string;
  stop(): void;
}

export function startDemoCentre(dataDir: string, timeoutMs = 15_000): Promise<DemoCentre> {
  const apiKey = randomBytes(18).toString('base64url');
  const child: ChildProcess = spawn(
    process.execPath,
    [join(appRoot, 'build/node/upstream/server/main.js')],
    {
      env: {
        ...process.env,
        PORT: '0',
        CENTRE_DATA_DIR: join(dataDir, 'centre'),
        CENTRE_API_KEY: apiKey,
      },
      stdio: ['ignore', 'pipe', 'inherit'],
    },
  );
  return new Promise((resolve, reject) => {
    let output = '';
    const timer = setTimeout(() => {
      child.kill('SIGTERM');
      reject(new Error(`the demo centre server did not start: ${output}`));
    }, timeoutMs);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`the demo centre server exited (${code}): ${output}`));
    });
    child.stdout?.on('data', (chunk: Buffer) => {
      output += chunk.toString('utf8');
      const match = /centre server listening on (http:\/\/\S+)/.exec(output);
      if (match?.[1]) {
        clearTimeout(timer);
        resolve({ url: match[1], apiKey, stop: () => child.kill('SIGTERM') });
      }
    });
  });
}
