// Idempotency-Key handling for every POST that creates something:
//   same key, same payload      → the stored answer again, byte for byte (status and body)
//   same key, another payload   → 422 idempotency_key_reused
//   key still being processed   → 409 idempotency_key_in_flight (retry later)
// The answer is stored in the same transaction as the row it describes, so "stored but the reply
// was lost" always replays, and "not stored" never does. Only successes are stored: a refusal is
// worked out again on a retry, from the centre's state at that time.
import type { Database } from 'better-sqlite3';
import { setTimeout as sleep } from 'node:timers/promises';
import { idempotencyHeader, uuidPattern } from '../../wire/requestForm.js';
import { type CallContext, header } from '../http/context.js';
import { type Reply, errorReply, isSuccess, rawJsonReply } from '../http/reply.js';
import { findIdempotencyRecord, insertIdempotencyRecord } from '../store/idempotencyRecords.js';
import { payloadFingerprint } from './fingerprint.js';

export const replayedHeader = 'Idempotent-Replayed';

export interface IdempotencyDeps {
  db: Database;
  now(): Date;
  /** Keys whose first call is between claim and commit, in this process. */
  inFlight: Set<string>;
  /** A slow back office, for tests of the in-flight case; 0 in normal use. */
  processingDelayMs: number;
}

function earlyAnswer(deps: IdempotencyDeps, key: string, fingerprint: string): Reply | null {
  const record = findIdempotencyRecord(deps.db, key);
  if (record) {
    if (record.fingerprint !== fingerprint) {
      return errorReply(
        'idempotency_key_reused',
        'This Idempotency-Key was already used with a different payload.',
      );
    }
    return rawJsonReply(record.status, record.body, { [replayedHeader]: 'true' });
  }
  if (deps.inFlight.has(key)) {
    const reply = errorReply(
      'idempotency_key_in_flight',
      'A call with this Idempotency-Key is still being processed; retry later.',
    );
    return { ...reply, headers: { ...reply.headers, 'Retry-After': '1' } };
  }
  return null;
}

/**
 * Runs `execute` at most once per key. `execute` runs inside an IMMEDIATE transaction and its
 * reply, when successful, is recorded in that same transaction.
 */
export async function idempotentPost(
  deps: IdempotencyDeps,
  ctx: CallContext,
  scope: string,
  form: URLSearchParams,
  execute: () => Reply,
): Promise<Reply> {
  const key = header(ctx, idempotencyHeader)?.trim();
  if (key === undefined || key === '') {
    return errorReply(
      'idempotency_key_missing',
      `Every POST needs an ${idempotencyHeader} header.`,
    );
  }
  if (!uuidPattern.test(key)) {
    return errorReply('idempotency_key_invalid', `${idempotencyHeader} must be a UUID.`);
  }
  const normalisedKey = key.toLowerCase();
  const fingerprint = payloadFingerprint(scope, form);
  const early = earlyAnswer(deps, normalisedKey, fingerprint);
  if (early) return early;

  deps.inFlight.add(normalisedKey);
  try {
    if (deps.processingDelayMs > 0) await sleep(deps.processingDelayMs);
    return deps.db
      .transaction((): Reply => {
        // Another process sharing this database may have finished the same key meanwhile.
        const late = findIdempotencyRecord(deps.db, normalisedKey);
        if (late) return earlyAnswer(deps, normalisedKey, fingerprint) as Reply;
        const reply = execute();
        if (isSuccess(reply)) {
          insertIdempotencyRecord(deps.db, {
            key: normalisedKey,
            fingerprint,
            status: reply.status,
            body: reply.body ?? '',
            createdAt: deps.now().toISOString(),
          });
        }
        return reply;
      })
      .immediate();
  } finally {
    deps.inFlight.delete(normalisedKey);
  }
}
