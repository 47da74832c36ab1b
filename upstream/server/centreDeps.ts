// What every route may use. Built once by startCentreServer; routes take it as an argument so
// tests can reach the same pieces.
import type { Database } from 'better-sqlite3';
import type { DirectorySnapshot } from './catalog/directoryState.js';
import type { ChaosStats } from './chaos/chaosEngine.js';
import type { IdempotencyDeps } from './requests/idempotentPost.js';

export interface TokenPolicy {
  /** 0 = always answer with an id, 1 = always with a token; in between, per request. */
  chance: number;
  /** How long a token stays unresolved (a batch platform's delay). */
  delayMs: number;
  random(): number;
}

export interface CentreDeps extends IdempotencyDeps {
  db: Database;
  apiKey: string;
  now(): Date;
  directory(): DirectorySnapshot;
  tokens: TokenPolicy;
  chaosStats(): ChaosStats;
}
