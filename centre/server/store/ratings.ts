// Owns ratings: one per finished request.
import type { Database } from 'better-sqlite3';

export interface StoredRating {
  requestId: string;
  stars: number;
  tags: string[];
  ratedAt: string;
}

export function findRating(db: Database, requestId: string): StoredRating | undefined {
  const row = db
    .prepare('SELECT stars, tags_json, rated_at FROM ratings WHERE request_id = ?')
    .get(Number(requestId)) as { stars: number; tags_json: string; rated_at: string } | undefined;
  return (
    row && {
      requestId,
      stars: row.stars,
      tags: JSON.parse(row.tags_json) as string[],
      ratedAt: row.rated_at,
    }
  );
}

export function insertRating(db: Database, rating: StoredRating): void {
  db.prepare(
    'INSERT INTO ratings (request_id, stars, tags_json, rated_at) VALUES (?, ?, ?, ?)',
  ).run(Number(rating.requestId), rating.stars, JSON.stringify(rating.tags), rating.ratedAt);
}

export function countRatings(db: Database): number {
  return (db.prepare('SELECT COUNT(*) AS n FROM ratings').get() as { n: number }).n;
}
