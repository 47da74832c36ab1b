// The built entry points as real processes: `main.js` prints its one line and serves with its
// environment's key, chaos, mode, directory and data dir; `cli.js` works on that data dir. The
// centre is compiled for this test into a temporary directory (with its SQL migrations and strict
// catalogue beside it, as the build copies them), so the test does not depend on a stale build/.
// Plain HTTP only: the centre is a separate program, not driven through the kiosk's client.
import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { cpSync, existsSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoCentreApiKey } from '../../../centre/wire/demo.js';
import { demoCommunity } from '../../../demo/community/index.js';
import { kioskForm, startTestCentre, strictForm } from './support/testCentre.js';

const root = resolve('.');
let outDir: string;
let dataDir: string;
let directoryFile: string;

beforeAll(() => {
  outDir = mkdtempSync(join(tmpdir(), 'centre-build-'));
  dataDir = join(outDir, 'data');
  directoryFile = join(outDir, 'directory.json');
  writeFileSync(directoryFile, JSON.stringify(demoCommunity));
  const tsconfig = join(outDir, 'tsconfig.json');
  writeFileSync(
    tsconfig,
    JSON.stringify({
      extends: join(root, 'tsconfig.node.json'),
      compilerOptions: {
        rootDir: root,
        outDir: join(outDir, 'build'),
        composite: false,
        incremental: false,
        declaration: false,
        sourceMap: false,
        noEmitOnError: false,
      },
      files: [join(root, 'centre/main.ts'), join(root, 'centre/cli.ts')],
      include: [],
    }),
  );
  try {
    execFileSync(
      process.execPath,
      [join(root, 'node_modules/typescript/bin/tsc'), '-p', tsconfig],
      {
        stdio: 'pipe',
      },
    );
  } catch {
    // Type errors elsewhere in the repository must not hide whether these entry points run.
  }
  const built = join(outDir, 'build/centre');
  if (!existsSync(join(built, 'main.js'))) throw new Error('the centre server did not compile');
  for (const dir of ['migrations', 'strict', 'surveys']) {
    cpSync(join(root, 'centre', dir), join(built, dir), { recursive: true });
  }
  symlinkSync(join(root, 'node_modules'), join(outDir, 'node_modules'), 'dir');
}, 120_000);
afterAll(() => rmSync(outDir, { recursive: true, force: true }));

function startMain(
  env: Record<string, string>,
): Promise<{ url: string; child: ChildProcess; output: () => string }> {
  const child = spawn(process.execPath, [join(outDir, 'build/centre/main.js')], {
    env: {
      ...process.env,
      PORT: '0',
      CENTRE_DATA_DIR: dataDir,
      CENTRE_DIRECTORY_FILE: directoryFile,
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
  return new Promise((resolveStart, reject) => {
    const timer = setTimeout(() => reject(new Error(`no start line: ${stdout}${stderr}`)), 15_000);
    child.stdout?.on('data', (chunk: Buffer) => {
      stdout += chunk.toString('utf8');
      const match = /^centre server listening on (http:\/\/127\.0\.0\.1:\d+\/)\n/.exec(stdout);
      if (match?.[1]) {
        clearTimeout(timer);
        resolveStart({ url: match[1], child, output: () => stdout + stderr });
      }
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`exited with ${code}: ${stdout}${stderr}`));
    });
  });
}

async function stop(child: ChildProcess): Promise<number | null> {
  if (child.exitCode !== null) return child.exitCode;
  return new Promise((done) => {
    child.once('exit', (code) => done(code));
    child.kill('SIGTERM');
  });
}

async function httpCall(
  url: string,
  path: string,
  init: { query?: Record<string, string>; form?: URLSearchParams } = {},
): Promise<{ status: number; json: unknown }> {
  const target = new URL(path.replace(/^\//, ''), url);
  for (const [name, value] of Object.entries(init.query ?? {}))
    target.searchParams.set(name, value);
  const response = await fetch(target, {
    method: init.form ? 'POST' : 'GET',
    headers: init.form
      ? {
          'Content-Type': 'application/x-www-form-urlencoded',
          'Idempotency-Key': randomUUID(),
        }
      : {},
    body: init.form?.toString(),
  });
  const text = await response.text();
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    json = undefined;
  }
  return { status: response.status, json };
}

function runMainExpectingFailure(env: Record<string, string | undefined>): {
  status: number;
  stderr: string;
} {
  try {
    execFileSync(process.execPath, [join(outDir, 'build/centre/main.js')], {
      env: { ...process.env, PORT: '0', CENTRE_DATA_DIR: dataDir, ...env },
      stdio: 'pipe',
    });
    return { status: 0, stderr: '' };
  } catch (error) {
    const failed = error as { status: number; stderr: Buffer };
    return { status: failed.status, stderr: failed.stderr.toString('utf8') };
  }
}

describe('the centre server process', () => {
  it('prints one stdout line, uses and announces the demo key, serves, and stops on SIGTERM', async () => {
    const { url, child, output } = await startMain({ CENTRE_TOKEN_CHANCE: '0' });
    try {
      expect(output()).toContain(`using the demo api_key "${demoCentreApiKey}"`);
      expect(output()).toContain(`directory from ${directoryFile}`);
      const created = await httpCall(url, '/requests.json', {
        form: kioskForm({ api_key: demoCentreApiKey }),
      });
      expect(created.status).toBe(201);
      expect(created.json).toMatchObject([{ service_request_id: '1' }]);
    } finally {
      expect(await stop(child)).toBe(0);
    }
    const stdoutLines = output()
      .split('\n')
      .filter((line) => line.startsWith('centre server listening'));
    expect(stdoutLines).toHaveLength(1);
  });

  it('takes its key, chaos and token policy from the environment, and keeps data across restarts', async () => {
    const { url, child, output } = await startMain({
      CENTRE_API_KEY: 'from-env',
      CENTRE_CHAOS: '{"seed":3,"error500":1,"afterShare":0}',
      CENTRE_TOKEN_CHANCE: '1',
    });
    try {
      expect(output()).toContain('CHAOS ON');
      expect((await httpCall(url, '/services.json')).status).toBe(500);
      // Chaos strikes first: the refusal is hidden behind the injected 500, as on a failing platform.
      const wrongKey = await httpCall(url, '/requests/1.json', {
        query: { api_key: demoCentreApiKey },
      });
      expect(wrongKey.status).toBe(500);
    } finally {
      await stop(child);
    }
    const again = await startMain({ CENTRE_API_KEY: 'from-env', CENTRE_TOKEN_CHANCE: '1' });
    try {
      const created = await httpCall(again.url, '/requests.json', {
        form: kioskForm({ api_key: 'from-env' }),
      });
      expect(created.status).toBe(201);
      expect(Object.keys((created.json as object[])[0] ?? {})).toEqual(['token']);
      // Request 1, stored by the first process, is still there.
      const record = await httpCall(again.url, '/requests/1.json', {
        query: { api_key: 'from-env' },
      });
      expect(record.json).toMatchObject([{ service_request_id: '1', x_stage: 'accepted' }]);
      const wrongKey = await httpCall(again.url, '/requests.json', {
        query: { api_key: demoCentreApiKey },
      });
      expect(wrongKey.status).toBe(403);
    } finally {
      await stop(again.child);
    }
  });

  it('in strict mode (CENTRE_STRICT=1, CENTRE_JURISDICTIONS) needs no directory and plays a plain Open311 server', async () => {
    const { url, child, output } = await startMain({
      CENTRE_STRICT: '1',
      CENTRE_JURISDICTIONS: 'xingfuli,hepinglu',
      CENTRE_DIRECTORY_FILE: '',
      CENTRE_TOKEN_CHANCE: '0',
    });
    try {
      expect(output()).toContain('STRICT mode');
      expect(output()).toContain('jurisdiction_id required: xingfuli, hepinglu');
      const services = await httpCall(url, '/services.json', {
        query: { jurisdiction_id: 'hepinglu' },
      });
      expect(services.status).toBe(200);
      expect((services.json as { service_code: string }[]).map((s) => s.service_code)).toContain(
        'MEALS',
      );
      expect((await httpCall(url, '/services.json')).status).toBe(400);
      expect((await httpCall(url, '/x/directory.json')).status).toBe(404);
      const created = await httpCall(url, '/requests.json', {
        form: strictForm({ api_key: demoCentreApiKey }),
      });
      expect(created.status).toBe(201);
    } finally {
      expect(await stop(child)).toBe(0);
    }
  });

  it('refuses to start with a bad environment, or without a directory in extension mode, saying why', () => {
    const badChaos = runMainExpectingFailure({
      CENTRE_CHAOS: 'nope',
      CENTRE_DIRECTORY_FILE: directoryFile,
    });
    expect(badChaos.status).toBe(1);
    expect(badChaos.stderr).toContain('centre server could not start: CENTRE_CHAOS must be JSON');
    const noDirectory = runMainExpectingFailure({ CENTRE_DIRECTORY_FILE: undefined });
    expect(noDirectory.status).toBe(1);
    expect(noDirectory.stderr).toContain('centre server could not start:');
    expect(noDirectory.stderr).toContain('CENTRE_DIRECTORY_FILE');
    expect(noDirectory.stderr.trim().split('\n')).toHaveLength(1);
    const badStrict = runMainExpectingFailure({ CENTRE_STRICT: 'yes please' });
    expect(badStrict.stderr).toContain('CENTRE_STRICT must be 1, true, 0 or false');
  });
});

describe('the centre CLI process', () => {
  it('moves a stage and lists, on CENTRE_DATA_DIR', async () => {
    const cliDataDir = join(outDir, 'cli-data');
    const centre = await startTestCentre({ dataDir: cliDataDir });
    expect((await centre.post(kioskForm())).status).toBe(201);
    await centre.close();
    const cli = (...args: string[]) =>
      execFileSync(process.execPath, [join(outDir, 'build/centre/cli.js'), ...args], {
        env: { ...process.env, CENTRE_DATA_DIR: cliDataDir },
        encoding: 'utf8',
        stdio: 'pipe',
      });
    expect(cli('stage', '1', 'in-progress', '--note', '已派单')).toBe('1 in-progress — 已派单\n');
    const listed = cli('list').split('\n');
    expect(listed[1]?.split('\t').slice(0, 2)).toEqual(['1', 'in-progress']);
    expect(() => cli('stage', '1', 'accepted')).toThrow(/stages only move forward/);
  });
});
