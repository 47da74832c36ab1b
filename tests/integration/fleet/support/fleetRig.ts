// A real reference centre with a fake clock, and one kiosk's fleet agent pointed at it with a
// fake clock of its own: the agent's every HTTP exchange is recorded (bodies as bytes), and the
// centre can be "down" (calls go to a port nobody listens on) or swapped for a strict one.
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { DeviceStatus } from '../../../../contract/index.js';
import { runCli } from '../../../../centre/cliCommands.js';
import {
  type CentreServer,
  type CentreServerOptions,
  startCentreServer,
} from '../../../../centre/server/centreServer.js';
import { demoCommunity } from '../../../../demo/community/index.js';
import {
  type FleetAgent,
  createFleetAgent,
} from '../../../../electron/services/fleet/fleetAgent.js';
import { createMemoryLogger } from '../../../../electron/services/logger.js';
import {
  classifyCentreFailure,
  createFleetGateway,
} from '../../../../electron/services/upload/centreClientGateway.js';
import { type FetchLike, createFleetClient } from '../../../../upstream/client/index.js';

export const rigApiKey = 'fleet-test-key';

export interface Exchange {
  method: string;
  url: URL;
  body: string | null;
  status: number | null;
}

export interface FleetRig {
  centre: CentreServer;
  centreDataDir: string;
  kioskDataDir: string;
  centreClock: { now: Date };
  kioskClock: { now: Date };
  exchanges: Exchange[];
  logs: string[];
  printer: { status: DeviceStatus };
  queue: {
    queueDepth: number;
    oldestWaitingSeconds: number | null;
    deadLetters: number;
    held: number;
  };
  /** true: every call is refused at the TCP level, as by a centre that is down. */
  down: { value: boolean };
  agent: FleetAgent;
  /** A fresh agent on the same data dir (a kiosk restart). */
  restartAgent(): FleetAgent;
  cli(...args: string[]): { code: number; out: string[]; err: string[] };
  close(): Promise<void>;
}

/** A port that was free a moment ago and has nobody listening now. */
async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}

export async function startFleetRig(
  options: { centre?: Partial<CentreServerOptions>; heartbeatSeconds?: number } = {},
): Promise<FleetRig> {
  const root = mkdtempSync(join(tmpdir(), 'fleet-it-'));
  const centreDataDir = join(root, 'centre');
  const kioskDataDir = join(root, 'kiosk');
  const centreClock = { now: new Date('2026-12-01T08:00:00Z') };
  const kioskClock = { now: new Date('2026-12-01T08:00:00Z') };
  const strict = options.centre?.strict ?? false;
  const centre = await startCentreServer({
    apiKey: rigApiKey,
    port: 0,
    dataDir: centreDataDir,
    log: () => undefined,
    now: () => centreClock.now,
    ...(strict ? { jurisdictions: [] } : { directory: demoCommunity }),
    ...options.centre,
  });
  const deadUrl = `http://127.0.0.1:${await closedPort()}/`;
  const exchanges: Exchange[] = [];
  const down = { value: false };
  const recordingFetch: FetchLike = async (input, init) => {
    const url = new URL(String(input));
    const target = down.value ? new URL(url.pathname + url.search, deadUrl) : url;
    const exchange: Exchange = {
      method: init?.method ?? 'GET',
      url,
      body: typeof init?.body === 'string' ? init.body : null,
      status: null,
    };
    exchanges.push(exchange);
    const response = await fetch(target, init);
    exchange.status = response.status;
    return response;
  };
  const logger = createMemoryLogger();
  const printer = { status: { driver: 'simulator', state: 'ready' } as DeviceStatus };
  const queue = {
    queueDepth: 0,
    oldestWaitingSeconds: null as number | null,
    deadLetters: 0,
    held: 0,
  };
  const makeAgent = () =>
    createFleetAgent({
      gateway: createFleetGateway(
        createFleetClient({
          baseUrl: centre.url,
          apiKey: rigApiKey,
          timeoutMs: 5_000,
          fetch: recordingFetch,
        }),
      ),
      classify: classifyCentreFailure,
      sources: {
        kioskId: 'B03',
        version: '0.1.0',
        startedAt: new Date(kioskClock.now),
        dataDir: kioskDataDir,
        queue: () => ({ ...queue }),
        printer: () => printer.status,
        cardReader: () => ({ driver: 'simulator', state: 'ready' }),
      },
      dataDir: kioskDataDir,
      heartbeatSeconds: options.heartbeatSeconds ?? 60,
      env: {},
      logger,
      now: () => kioskClock.now,
      // The longest wait of each backoff step, so the test knows it exactly.
      random: () => 1,
    });
  mkdirSync(kioskDataDir, { recursive: true, mode: 0o700 });
  const rig: FleetRig = {
    centre,
    centreDataDir,
    kioskDataDir,
    centreClock,
    kioskClock,
    exchanges,
    logs: logger.lines,
    printer,
    queue,
    down,
    agent: makeAgent(),
    restartAgent() {
      rig.agent = makeAgent();
      return rig.agent;
    },
    cli(...args) {
      const out: string[] = [];
      const err: string[] = [];
      const code = runCli(args, {
        dataDir: centreDataDir,
        out: (line) => out.push(line),
        err: (line) => err.push(line),
        now: () => centreClock.now,
      });
      return { code, out, err };
    },
    async close() {
      await rig.agent.stop();
      await centre.close();
      rmSync(root, { recursive: true, force: true });
    },
  };
  return rig;
}

/** Moves both clocks on together (the kiosk's and the centre's agree unless a test says not). */
export function advance(rig: FleetRig, ms: number): void {
  rig.kioskClock.now = new Date(rig.kioskClock.now.getTime() + ms);
  rig.centreClock.now = new Date(rig.centreClock.now.getTime() + ms);
}

export const heartbeatsSent = (rig: FleetRig) =>
  rig.exchanges.filter((e) => e.method === 'POST' && e.url.pathname.endsWith('/x/heartbeats.json'));

export const configPulls = (rig: FleetRig) =>
  rig.exchanges.filter((e) => e.url.pathname.includes('/x/kiosks/'));
