// The query of GET /requests.json: a service_request_id list (which overrides everything else,
// as the spec says), or the spec's filters service_code, status, start_date and end_date (a
// span of at most 90 days, the last 90 days by default), plus the widely implemented page and
// page_size extension. At most 1,000 requests per page, as the spec's default volume.
import type { Stage } from '../../wire/vocabulary.js';
import type { Open311ErrorBody } from '../../wire/errors.js';
import { W3cDateTime } from '../../wire/scalars.js';
import type { RequestQuery } from '../store/serviceRequests.js';

export const maxIdsPerQuery = 200;
export const maxPageSize = 1000;
const dayMs = 24 * 60 * 60 * 1000;
const maxSpanMs = 90 * dayMs;

export type ParsedQuery =
  | { kind: 'ids'; ids: string[] }
  | { kind: 'filter'; query: RequestQuery }
  | { kind: 'invalid'; errors: Open311ErrorBody[] };

const list = (raw: string | null): string[] | null => {
  const items = (raw ?? '')
    .split(',')
    .map((item) => item.trim())
    .filter((item) => item !== '');
  return items.length === 0 ? null : items;
};

function positiveInt(raw: string | null, fallback: number, max: number): number | null {
  if (raw === null || raw.trim() === '') return fallback;
  if (!/^[1-9][0-9]{0,6}$/.test(raw.trim())) return null;
  const value = Number(raw);
  return value <= max ? value : null;
}

function date(raw: string | null): string | null | 'invalid' {
  if (raw === null || raw.trim() === '') return null;
  return W3cDateTime.safeParse(raw.trim()).success ? new Date(raw.trim()).toISOString() : 'invalid';
}

export function readRequestQuery(query: URLSearchParams, now: Date): ParsedQuery {
  const invalid = (description: string): ParsedQuery => ({
    kind: 'invalid',
    errors: [{ code: 'query_invalid', description }],
  });
  const ids = list(query.get('service_request_id'));
  if (ids) {
    if (ids.length > maxIdsPerQuery) {
      return invalid(`At most ${maxIdsPerQuery} service_request_id values per call.`);
    }
    return { kind: 'ids', ids: [...new Set(ids)] };
  }
  const statuses = list(query.get('status'));
  if (statuses?.some((s) => s !== 'open' && s !== 'closed')) {
    return invalid('status must be open, closed, or both (comma-separated).');
  }
  const stages: Stage[] | null = statuses
    ? [
        ...(statuses.includes('open') ? (['accepted', 'in-progress'] as const) : []),
        ...(statuses.includes('closed') ? (['done'] as const) : []),
      ]
    : null;
  const start = date(query.get('start_date'));
  const end = date(query.get('end_date'));
  if (start === 'invalid' || end === 'invalid') {
    return invalid('start_date and end_date must be W3C date-times, e.g. 2010-01-01T00:00:00Z.');
  }
  const to =
    end ?? (start ? new Date(Date.parse(start) + maxSpanMs).toISOString() : now.toISOString());
  const from = start ?? new Date(Date.parse(to) - maxSpanMs).toISOString();
  if (from > to) return invalid('start_date is after end_date.');
  if (Date.parse(to) - Date.parse(from) > maxSpanMs)
    return invalid('The range may not span more than 90 days.');
  const page = positiveInt(query.get('page'), 1, 1_000_000);
  const pageSize = positiveInt(query.get('page_size'), maxPageSize, maxPageSize);
  if (page === null || pageSize === null) {
    return invalid(`page must be 1 or more; page_size 1 to ${maxPageSize}.`);
  }
  return {
    kind: 'filter',
    query: {
      serviceCodes: list(query.get('service_code')),
      stages,
      from,
      to,
      limit: pageSize,
      offset: (page - 1) * pageSize,
    },
  };
}
