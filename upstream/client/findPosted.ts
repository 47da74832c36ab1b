// Is a request that may have been sent already on the platform? Asked after a lost reply, before
// sending again, of platforms that ignore Idempotency-Key. GET /requests.json for the service over
// a window from a little before the first send to just after now, matched by the kiosk's ticket
// and look-up code (in the description's facts line, in x_ticket, or in echoed attributes).
// A reply as long as the platform's page limit may be cut short, so "no match" in it proves
// nothing: the window is halved (the half holding the first send first) until every part has
// been searched in replies shorter than the limit, or the call budget runs out (unsupported).
import { parseFactsLine } from '../wire/factsLine.js';
import type { ServiceRequestRecord } from '../wire/requestRecord.js';

export interface PostedQuery {
  serviceCode: string;
  ticket: string;
  lookupCode: string;
  /** When the request was first put in flight (ISO 8601). */
  firstSentAt: string;
  /**
   * When the resident submitted it, if known. Platforms that date a request by the kiosk's
   * submitted_at (the reference centre does) list it under that time, which after an outage
   * is long before the first send; the window then starts before it.
   */
  submittedAt?: string;
}

export type PostedResult =
  { kind: 'found'; id: string } | { kind: 'absent' } | { kind: 'unsupported' };

export type SearchOutcome =
  | { kind: 'unsupported' }
  /** entries: how many the reply held, readable or not (to compare with the page limit). */
  | { kind: 'listed'; records: ServiceRequestRecord[]; entries: number };

export interface FindPostedDeps {
  search(window: { fromMs: number; toMs: number }): Promise<SearchOutcome>;
  now(): number;
  /** The platform's page limit: a reply this long may have been cut. */
  pageLimit: number;
  /** At most this many searches for one look-up. */
  maxCalls: number;
}

export const windowBeforeMs = 10 * 60 * 1000;
export const windowAfterMs = 60 * 1000;
/** A window this short that is still full cannot be searched by time. */
const minimumSpanMs = 2_000;

/** Does the record carry the request's ticket and look-up code (and nothing that contradicts)? */
export function recordMatches(record: ServiceRequestRecord, query: PostedQuery): boolean {
  if (record.service_code !== null && record.service_code !== query.serviceCode) return false;
  const line = parseFactsLine(record.description);
  const known = (values: (string | null | undefined)[]) =>
    values.filter((value): value is string => typeof value === 'string' && value !== '');
  const tickets = known([record.x_ticket, line?.ticket, record.attributes.ticket]);
  const lookups = known([line?.lookupCode, record.attributes.lookup_code]);
  if (tickets.length === 0 && lookups.length === 0) return false;
  return (
    tickets.every((ticket) => ticket === query.ticket) &&
    lookups.every((lookup) => lookup === query.lookupCode)
  );
}

export async function findPosted(deps: FindPostedDeps, query: PostedQuery): Promise<PostedResult> {
  const firstSent = Date.parse(query.firstSentAt);
  const submitted = query.submittedAt === undefined ? NaN : Date.parse(query.submittedAt);
  if (!Number.isFinite(firstSent)) return { kind: 'unsupported' };
  const anchor = Number.isFinite(submitted) ? Math.min(submitted, firstSent) : firstSent;
  const pending: { fromMs: number; toMs: number }[] = [
    { fromMs: anchor - windowBeforeMs, toMs: Math.max(deps.now(), anchor) + windowAfterMs },
  ];
  let calls = 0;
  while (pending.length > 0) {
    const window = pending.shift() as { fromMs: number; toMs: number };
    if (calls >= deps.maxCalls) return { kind: 'unsupported' };
    calls += 1;
    const outcome = await deps.search(window);
    if (outcome.kind === 'unsupported') return outcome;
    const match = outcome.records.find((record) => recordMatches(record, query));
    if (match) return { kind: 'found', id: match.service_request_id };
    if (outcome.entries < deps.pageLimit) continue;
    const span = window.toMs - window.fromMs;
    if (span <= minimumSpanMs) return { kind: 'unsupported' };
    const middle = window.fromMs + Math.floor(span / 2);
    const early = { fromMs: window.fromMs, toMs: middle };
    const late = { fromMs: middle, toMs: window.toMs };
    // The half holding the first send is searched first: that is where the request most likely is.
    pending.unshift(...(anchor < middle ? [early, late] : [late, early]));
  }
  return { kind: 'absent' };
}
