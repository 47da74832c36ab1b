// The built entry points as real processes: `main.js` prints its one line and serves with its
// environment's key, chaos and data dir; `cli.js` works on that data dir. The upstream module is
// compiled for this test into a temporary directory (with its SQL migrations beside it, as the
// build copies them), so the test does not depend on a stale build/.
import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { cpSync, existsSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CentreError, createCentreClient } from '../../../upstream/client/index.js';
import { demoCentreApiKey } from '../../../upstream/wire/demo.js';
import { samplePayload, startTestCentre } from './support/testCentre.js';

const root = resolve('.');
let outDir: string;
let dataDir: string;

beforeAll(() => {
  outDir = mkdtempSync(join(tmpdir(), 'centre-build-'));
  dataDir = join(outDir, 'data');
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
      files: [join(root, 'upstream/server/main.ts'), join(root, 'upstream/server/cli.ts')],
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
  const built = join(outDir, 'build/upstream/server');
  if (!existsSync(join(built, 'main.js'))) throw new Error('the centre server did not compile');
  cpSync(join(root, 'upstream/server/migrations'), join(built, 'migrations'), { recursive: true });
  symlinkSync(join(root, 'node_modules'), join(outDir, 'node_modules'), 'dir');
}, 120_000);
afterAll(() => rmSync(outDir, { recursive: true, force: true }));

function startMain(
  env: Record<string, string>,
): Promise<{ url: string; child: ChildProcess; output: () => string }> {
  const child = spawn(process.execPath, [join(outDir, 'build/upstream/server/main.js')], {
    env: { ...process.env, PORT: '0', CENTRE_DATA_DIR: dataDir, ...env },
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

describe('the centre server process', () => {
  it('prints one stdout line, uses and announces the demo key, serves, and stops on SIGTERM', async () => {
    const { url, child, output } = await startMain({ CENTRE_TOKEN_CHANCE: '0' });
    try {
      expect(output()).toContain(`using the demo api_key "${demoCentreApiKey}"`);
      const client = createCentreClient({
        baseUrl: url,
        apiKey: demoCentreApiKey,
        timeoutMs: 5_000,
      });
      expect(await client.postRequest(samplePayload(), randomUUID())).toMatchObject({
        kind: 'created',
        id: '1',
      });
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
      const client = createCentreClient({ baseUrl: url, apiKey: 'from-env', timeoutMs: 5_000 });
      const error = await client.getServices().catch((e: unknown) => e);
      expect(error).toBeInstanceOf(CentreError);
      expect((error as CentreError).status).toBe(500);
      const wrongKey = createCentreClient({
        baseUrl: url,
        apiKey: demoCentreApiKey,
        timeoutMs: 5_000,
      });
      // Chaos strikes first: the refusal is hidden behind the injected 500, as on a failing platform.
      expect(
        ((await wrongKey.getRequests(['1']).catch((e: unknown) => e)) as CentreError).status,
      ).toBe(500);
    } finally {
      await stop(child);
    }
    const again = await startMain({ CENTRE_API_KEY: 'from-env', CENTRE_TOKEN_CHANCE: '1' });
    try {
      const client = createCentreClient({
        baseUrl: again.url,
        apiKey: 'from-env',
        timeoutMs: 5_000,
      });
      expect((await client.getRequests(['1']))[0]?.stage).toBe('accepted');
      expect(await client.postRequest(samplePayload(), randomUUID())).toMatchObject({
        kind: 'token',
      });
      const wrongKey = createCentreClient({
        baseUrl: again.url,
        apiKey: demoCentreApiKey,
        timeoutMs: 5_000,
      });
      expect(
        ((await wrongKey.getRequests(['1']).catch((e: unknown) => e)) as CentreError).status,
      ).toBe(403);
    } finally {
      await stop(again.child);
    }
  });

  it('refuses to start with a bad environment, saying why', () => {
    const result = (() => {
      try {
        execFileSync(process.execPath, [join(outDir, 'build/upstream/server/main.js')], {
          env: { ...process.env, PORT: '0', CENTRE_DATA_DIR: dataDir, CENTRE_CHAOS: 'nope' },
          stdio: 'pipe',
        });
        return { status: 0, stderr: '' };
      } catch (error) {
        const failed = error as { status: number; stderr: Buffer };
        return { status: failed.status, stderr: failed.stderr.toString('utf8') };
      }
    })();
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('centre server could not start: CENTRE_CHAOS must be JSON');
  });
});

describe('the centre CLI process', () => {
  it('moves a stage and lists, on CENTRE_DATA_DIR', async () => {
    const cliDataDir = join(outDir, 'cli-data');
    const centre = await startTestCentre({ dataDir: cliDataDir });
    await centre.client().postRequest(samplePayload(), randomUUID());
    await centre.close();
    const cli = (...args: string[]) =>
      execFileSync(process.execPath, [join(outDir, 'build/upstream/server/cli.js'), ...args], {
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
