// In demo mode `npm start` runs the reference centre server beside the kiosk, on loopback with its
// own data dir, so requests really travel upstream and come back with progress. The centre is a
// separate program that imports nothing of the kiosk: it is handed the demo community as a JSON
// file, written by scripts/write-demo-directory.mjs from the kiosk's built demo community.
import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
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
  const centreDir = join(dataDir, 'centre');
  const directoryFile = join(centreDir, 'directory.json');
  try {
    execFileSync(
      process.execPath,
      [join(appRoot, 'scripts/write-demo-directory.mjs'), directoryFile],
      { cwd: appRoot, stdio: ['ignore', 'ignore', 'pipe'] },
    );
  } catch (error) {
    return Promise.reject(
      new Error(`the demo centre's directory could not be written: ${(error as Error).message}`),
    );
  }
  const child: ChildProcess = spawn(
    process.execPath,
    [join(appRoot, 'build/node/centre/main.js')],
    {
      env: {
        ...process.env,
        PORT: '0',
        CENTRE_DATA_DIR: centreDir,
        CENTRE_API_KEY: apiKey,
        CENTRE_DIRECTORY_FILE: directoryFile,
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
