// The reference centre server, a program of its own: Open311 GeoReport v2 served for real from its
// own SQLite file on 127.0.0.1. In extension mode (the default) it adds the kiosk's x_…
// extensions and builds its catalogue from the community directory it is given; in strict mode it
// plays an independently written, unforgiving Open311 platform (docs/open311-in-the-field.md).
// For the demo, for tests, and as a model for integrators; real deployments point the kiosk at
// their own platform.
import type { Database } from 'better-sqlite3';
import { type IncomingMessage, type Server, type ServerResponse, createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { type DirectorySnapshot, snapshotDirectory } from './catalog/directoryState.js';
import type { CentreDeps, CentreMode } from './centreDeps.js';
import { type ChaosEngine, createChaosEngine, noChaos } from './chaos/chaosEngine.js';
import type { ChaosOptions } from './chaos/chaosOptions.js';
import { seededRandom } from './chaos/random.js';
import { sendFault } from './chaos/sendFault.js';
import { refuseWithoutApiKey } from './http/apiKey.js';
import type { CallContext } from './http/context.js';
import { refuseWrongJurisdiction } from './http/jurisdiction.js';
import { readBody } from './http/readBody.js';
import { type Reply, errorReply } from './http/reply.js';
import { createRouter } from './http/router.js';
import { sendReply } from './http/send.js';
import { routeTable } from './routes/routeTable.js';
import { openCentreDatabase } from './store/centreDatabase.js';
import { refuseUnknownQuery } from './strict/refuseUnknownQuery.js';
import { type StrictCatalogue, loadStrictCatalogue } from './strict/strictCatalogue.js';
import { queueTimeZone } from './queue/windowServices.js';
import { strictErrorShape } from './strict/strictErrors.js';
import { strictRouteTable } from './strict/strictRoutes.js';
import { loadSurveyFile } from './surveys/surveyFile.js';
import type { Survey } from '../wire/surveys.js';

/** The jurisdiction a strict centre serves unless told otherwise. */
export const defaultStrictJurisdictions: readonly string[] = ['xingfuli'];

export interface CentreServerOptions {
  /** 0 = any free port. */
  port?: number;
  dataDir: string;
  apiKey: string;
  /**
   * The community directory (JSON data): served at /x/directory.json and turned into services.
   * Required in extension mode; unused in strict mode.
   */
  directory?: unknown;
  /**
   * The questionnaires served at /x/surveys.json (surveys/surveyFile.ts); the default survey
   * file's when absent. Unused in strict mode.
   */
  surveys?: readonly Survey[];
  /** Behave like a plain, unforgiving third-party Open311 server; false by default. */
  strict?: boolean;
  /**
   * The jurisdiction_id values served; every Open311 call must name one. None (no check) by
   * default in extension mode, defaultStrictJurisdictions in strict mode; [] switches it off.
   */
  jurisdictions?: string[];
  /**
   * Strict mode only: refuse a POST identical to a stored request (same service_code, description
   * and location) with 400 "duplicate", as some platforms do; true by default.
   */
  deduplicate?: boolean;
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
  /** The zone whose local day is the queue's and appointments' day; Asia/Shanghai by default. */
  timeZone?: string;
  /** Where unexpected errors are reported; stderr by default. */
  logError?: (message: string) => void;
  /** Where operational notes go (e.g. strict mode's ignored attributes); stderr by default. */
  log?: (message: string) => void;
}

export interface CentreServer {
  url: string;
  port: number;
  apiKey: string;
  strict: boolean;
  /** Replaces the directory (and the services derived from it); returns the new ETag. */
  setDirectory(data: unknown): string;
  /** Switches fault injection on (a fresh seeded sequence) or off (null). */
  setChaos(options: ChaosOptions | null): void;
  close(): Promise<void>;
}

export const missingDirectoryMessage =
  'The centre needs a community directory in extension mode: set CENTRE_DIRECTORY_FILE to a ' +
  'JSON file (npm run centre writes the demo one), pass the `directory` option, or run it in ' +
  'strict mode (CENTRE_STRICT=1).';

function checkProbability(name: string, value: number): number {
  if (!(value >= 0 && value <= 1)) throw new RangeError(`${name} must be between 0 and 1.`);
  return value;
}

function modeOf(options: CentreServerOptions): CentreMode {
  const strict = options.strict ?? false;
  const jurisdictions = options.jurisdictions ?? (strict ? defaultStrictJurisdictions : null);
  return {
    strict,
    jurisdictions: jurisdictions && jurisdictions.length > 0 ? jurisdictions : null,
    deduplicate: options.deduplicate ?? true,
  };
}

export async function startCentreServer(options: CentreServerOptions): Promise<CentreServer> {
  const mode = modeOf(options);
  if (!mode.strict && options.directory === undefined) throw new Error(missingDirectoryMessage);
  let snapshot: DirectorySnapshot | null =
    options.directory === undefined ? null : snapshotDirectory(options.directory);
  const catalogue: StrictCatalogue | null = mode.strict ? loadStrictCatalogue() : null;
  const surveys: readonly Survey[] = mode.strict ? [] : (options.surveys ?? loadSurveyFile());
  const db: Database = openCentreDatabase(options.dataDir);
  let chaos: ChaosEngine = options.chaos ? createChaosEngine(options.chaos) : noChaos;
  const logError =
    options.logError ?? ((message: string) => process.stderr.write(`centre server: ${message}\n`));
  const deps: CentreDeps = {
    db,
    apiKey: options.apiKey,
    now: options.now ?? (() => new Date()),
    mode,
    directory: () => {
      if (!snapshot) throw new Error('This centre was started without a directory.');
      return snapshot;
    },
    surveys: () => surveys,
    strictCatalogue: () => {
      if (!catalogue) throw new Error('The strict catalogue is only loaded in strict mode.');
      return catalogue;
    },
    tokens: {
      chance: checkProbability('tokenChance', options.tokenChance ?? 0),
      delayMs: Math.max(0, options.tokenDelayMs ?? 0),
      random: seededRandom(options.tokenSeed ?? 311),
    },
    processingDelayMs: Math.max(0, options.processingDelayMs ?? 0),
    timeZone: options.timeZone ?? queueTimeZone,
    inFlight: new Set(),
    chaosStats: () => chaos.stats(),
    log: options.log ?? ((message: string) => process.stderr.write(`centre server: ${message}\n`)),
  };
  const route = createRouter(mode.strict ? strictRouteTable : routeTable);
  const hung = new Set<ServerResponse>();

  const answer = async (req: IncomingMessage, url: URL, body: string): Promise<Reply> => {
    const method = req.method ?? 'GET';
    const match = route(method, url.pathname);
    if (match.kind === 'wrong-method') {
      const reply = errorReply('method_not_allowed', `Use ${match.allowed.join(' or ')} here.`);
      return { ...reply, headers: { ...reply.headers, Allow: match.allowed.join(', ') } };
    }
    if (match.kind === 'not-found') {
      return url.pathname.endsWith('.xml')
        ? errorReply('format_unsupported', 'This server speaks JSON only; use .json.')
        : errorReply('not_found', `No such resource: ${url.pathname}`);
    }
    const ctx: CallContext = {
      method,
      path: url.pathname,
      params: match.params,
      query: url.searchParams,
      headers: req.headers,
      body,
    };
    const refusal =
      (mode.strict ? refuseUnknownQuery(ctx, match.route.query ?? []) : null) ??
      (match.route.open311 ? refuseWrongJurisdiction(ctx, mode.jurisdictions) : null) ??
      (match.route.auth ? refuseWithoutApiKey(ctx, deps.apiKey) : null);
    return refusal ?? (await match.route.handle(deps, ctx));
  };

  const handle = async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const body = await readBody(req);
    const shape = (reply: Reply) =>
      mode.strict ? strictErrorShape(reply, req.method ?? 'GET', url.pathname) : reply;
    if (!body.ok) {
      return sendReply(res, shape(errorReply('body_too_large', 'The request body is too large.')));
    }
    const known = route(req.method ?? 'GET', url.pathname);
    const decision =
      known.kind === 'found' && known.route.chaos ? chaos.decide() : ({ fault: 'none' } as const);
    if (decision.fault !== 'none' && decision.when === 'before') {
      return sendFault(res, decision, null, hung);
    }
    const reply = shape(await answer(req, url, body.text));
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
    strict: mode.strict,
    setDirectory(data) {
      const next = snapshotDirectory(data);
      snapshot = next;
      return next.etag;
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
