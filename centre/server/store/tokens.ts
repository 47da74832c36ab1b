// Owns tokens: the Open311 token a POST may answer with, and when it may be traded for an id.
import type { Database } from 'better-sqlite3';

export function insertToken(
  db: Database,
  token: string,
  requestId: string,
  resolvesAt: string,
): void {
  db.prepare('INSERT INTO tokens (token, request_id, resolves_at) VALUES (?, ?, ?)').run(
    token,
    Number(requestId),
    resolvesAt,
  );
}

export type TokenLookup = { found: false } | { found: true; requestId: string | null };

/** The request's id once the token has resolved; null while it is still "being processed". */
export function lookupToken(db: Database, token: string, now: string): TokenLookup {
  const row = db
    .prepare('SELECT request_id, resolves_at FROM tokens WHERE token = ?')
    .get(token) as { request_id: number; resolves_at: string } | undefined;
  if (!row) return { found: false };
  return { found: true, requestId: row.resolves_at <= now ? String(row.request_id) : null };
}

export function countPendingTokens(db: Database, now: string): number {
  return (
    db.prepare('SELECT COUNT(*) AS n FROM tokens WHERE resolves_at > ?').get(now) as { n: number }
  ).n;
}
