// An in-memory platform behind the worker's gateway port, with the behaviours of platforms the
// kiosk did not write: it can ignore Idempotency-Key (a re-POST is a second record), store a
// request and then let the call time out, hang with a reply outstanding (to crash the kiosk
// under it), answer with tokens, refuse a duplicate with a 400, be searchable by service code
// and date or not, and decline ratings or the directory. `records` is the platform's truth:
// every record it holds, duplicates included, so tests can count what was lost or doubled.
import type {
  CentreGateway,
  DirectoryReply,
  GatewayFailure,
  LookupResult,
  OutgoingRequest,
  PlatformDefinition,
  PlatformService,
  Posted,
  PostedLookup,
  RatingReply,
  UpstreamStatus,
} from '../../electron/services/upload/centreGateway.js';

export type ScriptedFailure = GatewayFailure & { afterStoring?: boolean };
/** Never answers (the kiosk is crashed under it); stores first when afterStoring. */
export interface ScriptedHang {
  hang: true;
  afterStoring: boolean;
}
export type Scripted = ScriptedFailure | ScriptedHang;

export interface FakeRecord {
  id: string;
  key: string;
  request: OutgoingRequest;
  storedAt: string;
}

const failure = (
  kind: GatewayFailure['kind'],
  reason: string,
  status: number | null,
  errors: GatewayFailure['errors'] = [],
): GatewayFailure => ({ kind, reason, status, errors, retryAfterMs: undefined });

export const timeoutFailure = (): GatewayFailure => failure('retryable', 'timeout', null);
export const serverError = (): GatewayFailure =>
  failure('retryable', 'http_500 (HTTP 500): internal error', 500, [
    { code: '500', description: 'internal error' },
  ]);

/** How far before the first send a search starts, as a real client would widen it. */
const searchMarginMs = 10 * 60_000;

export class FakeCentre implements CentreGateway {
  readonly records: FakeRecord[] = [];
  readonly keysSeen: string[] = [];
  readonly lookups: PostedLookup[] = [];
  readonly statuses = new Map<string, UpstreamStatus>();
  readonly ratings = new Map<string, { id: string; stars: number }>();
  /** What the next calls do (POSTs, tokens, statuses, ratings, directory), in order. */
  readonly failures: Scripted[] = [];
  /** What the next look-ups do, in order. */
  readonly lookupFailures: GatewayFailure[] = [];
  /** false: like many platforms, the same POST sent twice creates two records. */
  honoursIdempotencyKey = true;
  /** false: GET /requests.json cannot be queried by service code and date. */
  searchable = true;
  /** true: an identical request (service, description, location) is refused with 400. */
  rejectsDuplicates = false;
  /** The next this many POSTs are stored, then the call times out (a reply slower than the timeout). */
  slowReplies = 0;
  /** A batch platform: a record shows in searches only this long after it was stored. */
  searchDelayMs = 0;
  /** Called as each POST arrives, before it is answered (e.g. to read the kiosk's database). */
  onPost: ((request: OutgoingRequest, key: string) => void) | undefined;
  answerWithToken = false;
  readonly tokens = new Map<string, string | null>();
  ratingsSupported = true;
  directory: DirectoryReply = { kind: 'unchanged' };
  directoryCalls = 0;
  services: PlatformService[] = [];
  definitions: PlatformDefinition[] = [];
  #arrivals: { count: number; resolve: () => void }[] = [];

  constructor(private readonly now: () => Date = () => new Date()) {}

  /** Records per ticket: 1 each means nothing lost and nothing doubled. */
  recordsPerTicket(): Map<string, number> {
    const counts = new Map<string, number>();
    for (const record of this.records)
      counts.set(record.request.facts.ticket, (counts.get(record.request.facts.ticket) ?? 0) + 1);
    return counts;
  }

  /** Resolves once this many POSTs have arrived in all (an event to wait for, not a clock). */
  postsArrived(count: number): Promise<void> {
    if (this.keysSeen.length >= count) return Promise.resolve();
    return new Promise((resolve) => this.#arrivals.push({ count, resolve }));
  }

  #next(): Scripted | undefined {
    return this.failures.shift();
  }

  #store(request: OutgoingRequest, key: string): FakeRecord {
    const existing = this.records.find((record) => record.key === key);
    if (existing && this.honoursIdempotencyKey) return existing;
    const storedAt = this.now().toISOString();
    const record = { id: `SR-${this.records.length + 1}`, key, request, storedAt };
    this.records.push(record);
    this.statuses.set(record.id, {
      id: record.id,
      status: 'open',
      stage: 'accepted',
      richStages: true,
      stageTimes: [{ stage: 'accepted', at: storedAt }],
      handlerNote: null,
      updatedAt: storedAt,
    });
    return record;
  }

  #isDuplicate(request: OutgoingRequest, key: string): boolean {
    return this.records.some(
      (record) =>
        (record.key !== key || !this.honoursIdempotencyKey) &&
        record.request.serviceCode === request.serviceCode &&
        record.request.description === request.description &&
        JSON.stringify(record.request.location) === JSON.stringify(request.location),
    );
  }

  async postRequest(request: OutgoingRequest, key: string): Promise<Posted> {
    this.keysSeen.push(key);
    this.onPost?.(request, key);
    const arrived = this.keysSeen.length;
    for (const waiter of this.#arrivals.filter((w) => arrived >= w.count)) waiter.resolve();
    this.#arrivals = this.#arrivals.filter((w) => arrived < w.count);
    const scripted = this.#next();
    if (scripted && 'hang' in scripted) {
      if (scripted.afterStoring) this.#store(request, key);
      return new Promise<Posted>(() => undefined);
    }
    if (scripted && !scripted.afterStoring) throw scripted;
    if (this.rejectsDuplicates && this.#isDuplicate(request, key))
      throw failure('permanent', 'duplicate (HTTP 400): a duplicate of an existing request', 400, [
        { code: '400', description: 'Error in input for POST_Service_Request' },
        { code: 'duplicate', description: 'a duplicate of an existing request' },
      ]);
    const record = this.#store(request, key);
    if (scripted) throw scripted;
    if (this.slowReplies > 0) {
      this.slowReplies -= 1;
      throw timeoutFailure();
    }
    if (this.answerWithToken) {
      const token = `T-${record.id}`;
      if (!this.tokens.has(token)) this.tokens.set(token, null);
      return { kind: 'token', token };
    }
    return { kind: 'created', id: record.id };
  }

  async findPosted(lookup: PostedLookup): Promise<LookupResult> {
    this.lookups.push(lookup);
    const scripted = this.lookupFailures.shift();
    if (scripted) throw scripted;
    if (!this.searchable) return { kind: 'unsupported' };
    const from = Date.parse(lookup.firstSentAt) - searchMarginMs;
    const visibleBefore = this.now().getTime() - this.searchDelayMs;
    const found = this.records.find(
      (record) =>
        record.request.serviceCode === lookup.serviceCode &&
        Date.parse(record.storedAt) >= from &&
        Date.parse(record.storedAt) <= visibleBefore &&
        record.request.facts.lookupCode === lookup.lookupCode,
    );
    return found ? { kind: 'found', id: found.id } : { kind: 'absent' };
  }

  #plainCall(): void {
    const scripted = this.#next();
    if (scripted && 'hang' in scripted) throw new Error('hang is scripted for POSTs only');
    if (scripted) throw scripted;
  }

  async resolveToken(token: string): Promise<string | null> {
    this.#plainCall();
    return this.tokens.get(token) ?? null;
  }

  async getStatuses(ids: readonly string[]): Promise<UpstreamStatus[]> {
    this.#plainCall();
    return ids.flatMap((id) => {
      const status = this.statuses.get(id);
      return status ? [status] : [];
    });
  }

  async postRating(
    id: string,
    rating: { stars: number; tags: readonly string[] },
    key: string,
  ): Promise<RatingReply> {
    this.keysSeen.push(key);
    this.#plainCall();
    if (!this.ratingsSupported) return { kind: 'unsupported' };
    this.ratings.set(key, { id, stars: rating.stars });
    return { kind: 'accepted' };
  }

  async getDirectory(): Promise<DirectoryReply> {
    this.directoryCalls += 1;
    this.#plainCall();
    return this.directory;
  }

  async getServices(): Promise<PlatformService[]> {
    this.#plainCall();
    return this.services;
  }

  async getServiceDefinition(code: string): Promise<PlatformDefinition> {
    this.#plainCall();
    const definition = this.definitions.find((d) => d.serviceCode === code);
    if (!definition) throw failure('permanent', `no definition for ${code}`, 404);
    return definition;
  }

  /** Moves a request forward, as a handler at the centre would. */
  advance(id: string, stage: 'in-progress' | 'done', at: string, note: string | null): void {
    const status = this.statuses.get(id);
    if (!status) throw new Error(`no request ${id}`);
    this.statuses.set(id, {
      ...status,
      status: stage === 'done' ? 'closed' : 'open',
      stage,
      stageTimes: [...status.stageTimes, { stage, at }],
      handlerNote: note,
      updatedAt: at,
    });
  }
}

export const classifyFakeFailure = (error: unknown): GatewayFailure => {
  const thrown = error as Partial<GatewayFailure>;
  return thrown.kind
    ? {
        kind: thrown.kind,
        retryAfterMs: thrown.retryAfterMs,
        reason: thrown.reason ?? 'failed',
        status: thrown.status ?? null,
        errors: thrown.errors ?? [],
      }
    : {
        kind: 'retryable',
        retryAfterMs: undefined,
        reason: String(error),
        status: null,
        errors: [],
      };
};
