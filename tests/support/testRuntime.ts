// A kiosk runtime on a temp data dir with a controllable clock, for integration tests of the
// services: real SQLite, real simulated devices, no Electron, no HTTP.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type {
  DemoKioskCallInput,
  DemoKioskCallName,
  DemoKioskCallOutput,
} from '../../demo/contract/demoCalls.js';
import { demoKit } from '../../demo/demoKit.js';
import { type KioskRuntime, startKioskRuntime } from '../../electron/services/kioskRuntime.js';
import { createMemoryLogger } from '../../electron/services/logger.js';

export interface TestKiosk {
  runtime: KioskRuntime;
  dataDir: string;
  clock: { now: Date };
  logs: string[];
  /** Calls through the dispatcher and throws on an error reply, like the renderer's client. */
  call<N extends DemoKioskCallName>(
    name: N,
    input: DemoKioskCallInput<N>,
  ): Promise<DemoKioskCallOutput<N>>;
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
      // Used in demo mode only (the default); a production kiosk ignores it.
      demo: demoKit,
    });
  const kiosk: TestKiosk = {
    runtime: start(),
    dataDir,
    clock,
    logs: logger.lines,
    async call(name, input) {
      const reply = await kiosk.runtime.dispatch(name, input);
      if (!reply.ok) throw Object.assign(new Error(reply.error.message), reply.error);
      return reply.value as DemoKioskCallOutput<typeof name>;
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
