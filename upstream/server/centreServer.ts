// The reference centre server: the upstream contract (Open311 GeoReport v2 plus the x_…
// extensions) served for real from its own SQLite file on 127.0.0.1. For the demo, for tests, and
// as a model for integrators; real deployments point the kiosk at their own platform.
import type { Database } from 'better-sqlite3';
import { type IncomingMessage, type Server, type ServerResponse, createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { demoCommunity } from '../../db/seed/index.js';
import { type DirectorySnapshot, snapshotDirectory } from './catalog/directoryState.js';
import type { CentreDeps } from './centreDeps.js';
import { type ChaosEngine, createChaosEngine, noChaos } from './chaos/chaosEngine.js';
import type { ChaosOptions } from './chaos/chaosOptions.js';
import { seededRandom } from './chaos/random.js';
import { sendFault } from './chaos/sendFault.js';
import { refuseWithoutApiKey } from './http/apiKey.js';
import type { CallContext } from './http/context.js';
import { readBody } from './http/readBody.js';
import { type Reply, errorReply } from './http/reply.js';
import { createRouter } from './http/router.js';
import { sendReply } from './http/send.js';
import { routeTable } from './routes/routeTable.js';
import { openCentreDatabase } from './store/centreDatabase.js';

export interface CentreServerOptions {
  /** 0 = any free port. */
  port?: number;
  dataDir: string;
  apiKey: string;
  /** The CommunityData served at /x/directory.json and turned into services; the demo's by default. */
  directory?: unknown;
  chaos?: ChaosOptions | null;
  /** Chance (0–1) that a POST answers with a token instead of an id; 0 by default. */
  tokenChance?: number;
  /** How long a token stays unresolved; 0 by default. */
  tokenDelayMs?: number;
  /** Seeds the per-request token draw, so token runs repeat too. */
  tokenSeed?: number;
  /** Delay between claiming an Idempotency-Key and storing; lets tests see 409 in flight. */
  processingDelayMs?: number;
  now?: () => Date;
  /** Where unexpected errors are reported; stderr by default. */
  logError?: (message: string) => void;
}

export interface CentreServer {
  url: string;
  port: number;
  apiKey: string;
  /** Replaces the directory (and the services derived from it); returns the new ETag. */
  setDirectory(data: unknown): string;
  /** Switches fault injection on (a fresh seeded sequence) or off (null). */
  setChaos(options: ChaosOptions | null): void;
  close(): Promise<void>;
}

function checkProbability(name: string, value: number): number {
  if (!(value >= 0 && value <= 1)) throw new RangeError(`${name} must be between 0 and 1.`);
  return value;
}

export async function startCentreServer(options: CentreServerOptions): Promise<CentreServer> {
  const db: Database = openCentreDatabase(options.dataDir);
  let snapshot: DirectorySnapshot = snapshotDirectory(options.directory ?? demoCommunity);
  let chaos: ChaosEngine = options.chaos ? createChaosEngine(options.chaos) : noChaos;
  const logError =
    options.logError ?? ((message: string) => process.stderr.write(`centre server: ${message}\n`));
  const deps: CentreDeps = {
    db,
    apiKey: options.apiKey,
    now: options.now ?? (() => new Date()),
    directory: () => snapshot,
    tokens: {
      chance: checkProbability('tokenChance', options.tokenChance ?? 0),
      delayMs: Math.max(0, options.tokenDelayMs ?? 0),
      random: seededRandom(options.tokenSeed ?? 311),
    },
    processingDelayMs: Math.max(0, options.processingDelayMs ?? 0),
    inFlight: new Set(),
    chaosStats: () => chaos.stats(),
  };
  const route = createRouter(routeTable);
  const hung = new Set<ServerResponse>();

  const handle = async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const body = await readBody(req);
    if (!body.ok)
      return sendReply(res, errorReply('body_too_large', 'The request body is too large.'));
    const method = req.method ?? 'GET';
    const match = route(method, url.pathname);
    if (match.kind !== 'found') {
      if (match.kind === 'wrong-method') {
        const reply = errorReply('method_not_allowed', `Use ${match.allowed.join(' or ')} here.`);
        return sendReply(res, {
          ...reply,
          headers: { ...reply.headers, Allow: match.allowed.join(', ') },
        });
      }
      return sendReply(
        res,
        url.pathname.endsWith('.xml')
          ? errorReply('format_unsupported', 'This server speaks JSON only; use .json.')
          : errorReply('not_found', `No such resource: ${url.pathname}`),
      );
    }
    const ctx: CallContext = {
      method,
      path: url.pathname,
      params: match.params,
      query: url.searchParams,
      headers: req.headers,
      body: body.text,
    };
    const decision = match.route.chaos ? chaos.decide() : ({ fault: 'none' } as const);
    if (decision.fault !== 'none' && decision.when === 'before') {
      return sendFault(res, decision, null, hung);
    }
    const refusal = match.route.auth ? refuseWithoutApiKey(ctx, deps.apiKey) : null;
    const reply: Reply = refusal ?? (await match.route.handle(deps, ctx));
    if (decision.fault !== 'none') return sendFault(res, decision, reply, hung);
    sendReply(res, reply);
  };

  const server: Server = createServer((req, res) => {
    handle(req, res).catch((error: unknown) => {
      logError(error instanceof Error ? (error.stack ?? error.message) : String(error));
      if (res.headersSent) res.destroy();
      else sendReply(res, errorReply('internal_error', 'The centre could not handle this call.'));
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => resolve());
  }).catch((error: unknown) => {
    db.close();
    throw error;
  });
  const { port } = server.address() as AddressInfo;

  return {
    url: `http://127.0.0.1:${port}/`,
    port,
    apiKey: options.apiKey,
    setDirectory(data) {
      snapshot = snapshotDirectory(data);
      return snapshot.etag;
    },
    setChaos(next) {
      chaos = next ? createChaosEngine(next) : noChaos;
    },
    close: () =>
      new Promise((resolve, reject) => {
        for (const res of hung) res.destroy();
        server.closeAllConnections();
        server.close((error) => {
          db.close();
          if (error) reject(error);
          else resolve();
        });
      }),
  };
}
