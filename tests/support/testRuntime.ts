// A kiosk runtime on a temp data dir with a controllable clock, for integration tests of the
// services: real SQLite, real simulated devices, no Electron, no HTTP.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { CallInput, CallOutput, KioskCallName } from '../../contract/index.js';
import { type KioskRuntime, startKioskRuntime } from '../../electron/services/kioskRuntime.js';
import { createMemoryLogger } from '../../electron/services/logger.js';

export interface TestKiosk {
  runtime: KioskRuntime;
  dataDir: string;
  clock: { now: Date };
  logs: string[];
  /** Calls through the dispatcher and throws on an error reply, like the renderer's client. */
  call<N extends KioskCallName>(name: N, input: CallInput<N>): Promise<CallOutput<N>>;
  restart(): Promise<void>;
  stop(): Promise<void>;
}

export async function startTestKiosk(
  options: { env?: Record<string, string>; now?: Date; dataDir?: string } = {},
): Promise<TestKiosk> {
  const dataDir = options.dataDir ?? join(mkdtempSync(join(tmpdir(), 'kiosk-it-')), 'data');
  const clock = { now: options.now ?? new Date('2026-11-28T01:30:00Z') };
  const logger = createMemoryLogger();
  const start = () =>
    startKioskRuntime({
      dataDir,
      shell: 'test',
      env: { KIOSK_ID: 'A03', ...options.env },
      logger,
      now: () => clock.now,
    });
  const kiosk: TestKiosk = {
    runtime: start(),
    dataDir,
    clock,
    logs: logger.lines,
    async call(name, input) {
      const reply = await kiosk.runtime.dispatch(name, input);
      if (!reply.ok) throw Object.assign(new Error(reply.error.message), reply.error);
      return reply.value as CallOutput<typeof name>;
    },
    async restart() {
      await kiosk.runtime.close();
      kiosk.runtime = start();
    },
    async stop() {
      await kiosk.runtime.close();
      if (!options.dataDir) rmSync(join(dataDir, '..'), { recursive: true, force: true });
    },
  };
  return kiosk;
}
