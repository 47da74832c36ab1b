// Read-only counts for the staff demand view (source §3.1): how many requests of each category
// were made on each of the centre's days, when they were made, and how long the done ones took.
// Reads only non-personal columns of requests and request_status; the service turns them into
// the charts' series.
import type { Database } from 'better-sqlite3';

/** The centre's calendar days, inclusive, as YYYY-MM-DD (requests.service_date). */
export interface DemandWindow {
  fromDate: string;
  toDate: string;
}

export interface CategoryDayCount {
  day: string;
  category: string;
  count: number;
}

export function requestsByCategoryAndDay(db: Database, window: DemandWindow): CategoryDayCount[] {
  return db
    .prepare(
      `SELECT service_date AS day, category, COUNT(*) AS count FROM requests
       WHERE service_date BETWEEN ? AND ?
       GROUP BY service_date, category ORDER BY service_date, category`,
    )
    .all(window.fromDate, window.toDate) as CategoryDayCount[];
}

/** When each request of the window was made (ISO UTC), for the hour-of-day counts. */
export function requestTimes(db: Database, window: DemandWindow): string[] {
  const rows = db
    .prepare('SELECT created_at FROM requests WHERE service_date BETWEEN ? AND ?')
    .all(window.fromDate, window.toDate) as { created_at: string }[];
  return rows.map((row) => row.created_at);
}

/** Minutes from made to done for each done request of the window, shortest first. */
export function minutesToDone(db: Database, window: DemandWindow): number[] {
  const rows = db
    .prepare(
      `SELECT (julianday(s.done_at) - julianday(r.created_at)) * 1440.0 AS minutes
       FROM requests r JOIN request_status s ON s.request_id = r.id
       WHERE r.service_date BETWEEN ? AND ? AND s.stage = 'done' AND s.done_at IS NOT NULL
       ORDER BY minutes`,
    )
    .all(window.fromDate, window.toDate) as { minutes: number | null }[];
  return rows
    .map((row) => row.minutes)
    .filter((minutes): minutes is number => minutes !== null && minutes >= 0);
}
