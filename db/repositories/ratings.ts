// Owns ratings: one per request.
import type { Database } from 'better-sqlite3';

export interface Rating {
  requestId: number;
  stars: number;
  tags: string[];
  createdAt: string;
}

export function insertRating(db: Database, rating: Rating): void {
  db.prepare(
    'INSERT INTO ratings (request_id, stars, tags_json, created_at) VALUES (?, ?, ?, ?)',
  ).run(rating.requestId, rating.stars, JSON.stringify(rating.tags), rating.createdAt);
}

export function readRating(db: Database, requestId: number): Rating | undefined {
  const row = db.prepare('SELECT * FROM ratings WHERE request_id = ?').get(requestId) as
    { request_id: number; stars: number; tags_json: string; created_at: string } | undefined;
  return row
    ? {
        requestId: row.request_id,
        stars: row.stars,
        tags: JSON.parse(row.tags_json) as string[],
        createdAt: row.created_at,
      }
    : undefined;
}
