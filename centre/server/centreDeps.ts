// What every route may use. Built once by startCentreServer; routes take it as an argument so
// tests can reach the same pieces.
import type { Database } from 'better-sqlite3';
import type { DirectorySnapshot } from './catalog/directoryState.js';
import type { ChaosStats } from './chaos/chaosEngine.js';
import type { IdempotencyDeps } from './requests/idempotentPost.js';
import type { StrictCatalogue } from './strict/strictCatalogue.js';
import type { Survey } from '../wire/surveys.js';

export interface TokenPolicy {
  /** 0 = always answer with an id, 1 = always with a token; in between, per request. */
  chance: number;
  /** How long a token stays unresolved (a batch platform's delay). */
  delayMs: number;
  random(): number;
}

export interface CentreMode {
  /** true: behave like an unforgiving third-party Open311 server (no extensions at all). */
  strict: boolean;
  /** When set, every Open311 call must carry one of these as jurisdiction_id. */
  jurisdictions: readonly string[] | null;
  /** Strict mode: refuse a POST identical to a stored request (code, description, location). */
  deduplicate: boolean;
}

export interface CentreDeps extends IdempotencyDeps {
  db: Database;
  apiKey: string;
  now(): Date;
  mode: CentreMode;
  /** Extension mode's directory; throws in strict mode, whose routes never ask for it. */
  directory(): DirectorySnapshot;
  /** The open questionnaires, read once at start (surveys/surveyFile.ts); none in strict mode. */
  surveys(): readonly Survey[];
  /** Strict mode's catalogue; throws in extension mode, whose routes never ask for it. */
  strictCatalogue(): StrictCatalogue;
  tokens: TokenPolicy;
  /** The IANA zone whose local day is the queue's and the appointments' day (CENTRE_TIME_ZONE). */
  timeZone: string;
  chaosStats(): ChaosStats;
  /** Operational notes (never personal data): stderr by default. */
  log(message: string): void;
}
