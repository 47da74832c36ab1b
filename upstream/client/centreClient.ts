// The kiosk's typed client for a platform it may never have seen: Open311 GeoReport v2 as servers
// in the field speak it (docs/open311-in-the-field.md), plus the kiosk's x_… extensions where the
// platform has them. Replies are read tolerantly by schema and with a byte cap; every failure is
// one CentreError whose kind tells the upload worker what to do next.
import { DirectoryOutline } from '../wire/directory.js';
import { RatingReply } from '../wire/ratings.js';
import { PostRequestReply, TokenResolution } from '../wire/replies.js';
import { idempotencyHeader } from '../wire/requestForm.js';
import { ServiceRequestRecord } from '../wire/requestRecord.js';
import { w3cDateTimeOf } from '../wire/scalars.js';
import { Service, ServiceAttribute, ServiceDefinitionShell } from '../wire/services.js';
import { readEach } from '../wire/readEach.js';
import { type CentreRequest, checkRequest } from './centreRequest.js';
import { checkIdempotencyKey, checkRating } from './localChecks.js';
import { encodeRequestForm } from './encodeRequestForm.js';
import { extensionMissingUnless, segment, transportOf } from './extensionClient.js';
import { type PostedQuery, type PostedResult, findPosted } from './findPosted.js';
import { parseListReply, parseReply } from './parseReply.js';
import {
  type CentreService,
  type CentreServiceDefinition,
  centreAttributesFrom,
  centreServiceFrom,
} from './platformServices.js';
import { refuseUnlessOk } from './refusal.js';
import { type PlatformRequestStatus, platformStatusFrom } from './requestStatus.js';
import { type FetchLike, exchange } from './transport.js';

export interface SkippedReport {
  call: 'getServices' | 'getServiceDefinition' | 'getRequests' | 'findPosted';
  skipped: number;
  /** Schema paths and messages only (never values): safe to log. */
  problems: string[];
}

export interface CentreClientOptions {
  /**
   * The platform's Open311 endpoint, e.g. https://x/open311/v2/ (a path prefix is kept, and so
   * is its query string, e.g. ?jurisdiction_id=city, on every call).
   */
  baseUrl: string;
  apiKey: string;
  /** Sent on every call when set (query of a GET, form field of a POST). */
  jurisdictionId?: string | null;
  /** For one whole call: connecting, sending, and reading the full reply. */
  timeoutMs: number;
  /** Byte cap on a reply body; 4 MiB by default. */
  maxReplyBytes?: number;
  /** Byte cap on the directory's reply; 16 MiB by default. */
  maxDirectoryBytes?: number;
  /** The platform's page limit for GET /requests.json (the spec's default volume: 1000). */
  pageLimit?: number;
  /** Told whenever entries of a list reply could not be read and were skipped. */
  onSkipped?: (report: SkippedReport) => void;
  /** Defaults to the global fetch; tests pass their own. */
  fetch?: FetchLike;
  /** For Retry-After dates and look-up windows; Date.now by default. */
  now?: () => number;
}

export type PostRequestResult =
  { kind: 'created'; id: string; serviceNotice: string | null } | { kind: 'token'; token: string };

export interface CentreRatingResult {
  id: string;
  stars: number;
  tags: string[];
  ratedAt: string;
}

export type RatingResult =
  { kind: 'accepted'; rating: CentreRatingResult } | { kind: 'unsupported' };

export type DirectoryResult =
  | { kind: 'unchanged' }
  /** data: the JSON as sent (its outline checked); the kiosk validates the content itself. */
  | { kind: 'changed'; etag: string | null; data: unknown }
  | { kind: 'unsupported' };

export interface CentreClient {
  /** GET services.json, without any locale parameter (strict servers refuse unknown ones). */
  getServices(): Promise<CentreService[]>;
  getServiceDefinition(code: string): Promise<CentreServiceDefinition>;
  postRequest(request: CentreRequest, idempotencyKey: string): Promise<PostRequestResult>;
  /** Is a request that may have been sent already there? (see findPosted.ts) */
  findPosted(query: PostedQuery): Promise<PostedResult>;
  /** The request's id once the platform has assigned one; null while it is still pending. */
  resolveToken(token: string): Promise<string | null>;
  /** Statuses of the requests the platform knows, in the order asked; unknown ids are left out. */
  getRequests(ids: readonly string[]): Promise<PlatformRequestStatus[]>;
  /** Extension: 404 (no such endpoint) → unsupported. */
  postRating(
    id: string,
    rating: { stars: number; tags: readonly string[] },
    idempotencyKey: string,
  ): Promise<RatingResult>;
  /** Extension, conditional: pass the ETag of the copy you hold, or null. 404 → unsupported. */
  getDirectory(etag: string | null): Promise<DirectoryResult>;
}

/** Ids per GET /requests.json, keeping URLs short whatever the platform's limit. */
export const statusBatchSize = 50;
export const defaultMaxReplyBytes = 4 * 1024 * 1024;
export const defaultMaxDirectoryBytes = 16 * 1024 * 1024;
export const defaultPageLimit = 1000;
/** Searches one findPosted may make while narrowing its window. */
export const findPostedMaxCalls = 16;

/** A query refused this way means "this platform cannot be searched so", not a failure. */
const unsupportedQueryStatuses = new Set([400, 404, 405, 501]);

/** A 404 from an extension is "not offered" unless it names the request as the missing thing. */
const extensionMissing = extensionMissingUnless((code) => code === 'service_request_not_found');

export function createCentreClient(options: CentreClientOptions): CentreClient {
  const transport = transportOf(options, defaultMaxReplyBytes);
  const pageLimit = options.pageLimit ?? defaultPageLimit;
  const auth = { api_key: options.apiKey };
  const report = (call: SkippedReport['call'], problems: string[]) => {
    if (problems.length > 0) options.onSkipped?.({ call, skipped: problems.length, problems });
  };
  const get = async (path: string, query: Record<string, string> = {}) => {
    const answer = await exchange(transport, { method: 'GET', path, query });
    refuseUnlessOk(transport, answer);
    return answer;
  };

  return {
    async getServices() {
      const listed = parseListReply(await get('services.json'), Service);
      report('getServices', listed.problems);
      return listed.items.map(centreServiceFrom);
    },

    async getServiceDefinition(code) {
      const answer = await get(`services/${segment(code)}.json`);
      const shell = parseReply(answer, ServiceDefinitionShell);
      const attributes = readEach(shell.attributes, ServiceAttribute);
      report('getServiceDefinition', attributes.problems);
      return {
        serviceCode: shell.service_code,
        attributes: centreAttributesFrom(attributes.items),
      };
    },

    async postRequest(request, idempotencyKey) {
      checkIdempotencyKey(idempotencyKey);
      const form = encodeRequestForm(checkRequest(request), options.apiKey);
      const answer = await exchange(transport, {
        method: 'POST',
        path: 'requests.json',
        headers: { [idempotencyHeader]: idempotencyKey },
        form,
      });
      refuseUnlessOk(transport, answer);
      const reply = parseReply(answer, PostRequestReply);
      return reply.service_request_id !== null
        ? { kind: 'created', id: reply.service_request_id, serviceNotice: reply.service_notice }
        : { kind: 'token', token: reply.token as string };
    },

    findPosted(query) {
      return findPosted(
        {
          now: transport.now,
          pageLimit,
          maxCalls: findPostedMaxCalls,
          search: async ({ fromMs, toMs }) => {
            const answer = await exchange(transport, {
              method: 'GET',
              path: 'requests.json',
              query: {
                ...auth,
                service_code: query.serviceCode,
                start_date: w3cDateTimeOf(fromMs),
                end_date: w3cDateTimeOf(Math.ceil(toMs / 1000) * 1000),
              },
            });
            if (unsupportedQueryStatuses.has(answer.status)) return { kind: 'unsupported' };
            refuseUnlessOk(transport, answer);
            const listed = parseListReply(answer, ServiceRequestRecord);
            report('findPosted', listed.problems);
            return {
              kind: 'listed',
              records: listed.items,
              entries: listed.items.length + listed.skipped,
            };
          },
        },
        query,
      );
    },

    async resolveToken(token) {
      const entries = parseReply(await get(`tokens/${segment(token)}.json`, auth), TokenResolution);
      return entries.find((entry) => entry.service_request_id !== null)?.service_request_id ?? null;
    },

    async getRequests(ids) {
      const wanted = [...new Set(ids)];
      const statuses: PlatformRequestStatus[] = [];
      for (let start = 0; start < wanted.length; start += statusBatchSize) {
        const batch = wanted.slice(start, start + statusBatchSize);
        const answer = await get('requests.json', { ...auth, service_request_id: batch.join(',') });
        const listed = parseListReply(answer, ServiceRequestRecord);
        report('getRequests', listed.problems);
        const byId = new Map(listed.items.map((record) => [record.service_request_id, record]));
        for (const id of batch) {
          const record = byId.get(id);
          if (record) statuses.push(platformStatusFrom(record));
        }
      }
      return statuses;
    },

    async postRating(id, rating, idempotencyKey) {
      checkIdempotencyKey(idempotencyKey);
      const checked = checkRating(rating);
      const form = new URLSearchParams({ ...auth, stars: String(checked.stars) });
      if (checked.tags.length > 0) form.set('tags', checked.tags.join(','));
      const answer = await exchange(transport, {
        method: 'POST',
        path: `requests/${segment(id)}/ratings.json`,
        headers: { [idempotencyHeader]: idempotencyKey },
        form,
      });
      if (extensionMissing(answer)) return { kind: 'unsupported' };
      refuseUnlessOk(transport, answer);
      const reply = parseReply(answer, RatingReply);
      return {
        kind: 'accepted',
        rating: {
          id: reply.service_request_id,
          stars: reply.stars,
          tags: reply.tags,
          ratedAt: new Date(reply.rated_datetime).toISOString(),
        },
      };
    },

    async getDirectory(etag) {
      const answer = await exchange(transport, {
        method: 'GET',
        path: 'x/directory.json',
        query: auth,
        headers: etag === null ? {} : { 'If-None-Match': etag },
        maxReplyBytes: options.maxDirectoryBytes ?? defaultMaxDirectoryBytes,
      });
      if (answer.status === 304) return { kind: 'unchanged' };
      if (extensionMissing(answer)) return { kind: 'unsupported' };
      refuseUnlessOk(transport, answer);
      return {
        kind: 'changed',
        etag: answer.headers.get('etag'),
        data: parseReply(answer, DirectoryOutline),
      };
    },
  };
}
