// The kiosk's typed client for the centre's platform (Open311 GeoReport v2 plus the x_…
// extensions). Every reply is checked against the wire schemas before it is returned; every
// failure is one CentreError whose kind tells the upload worker what to do next.
import { CommunityData } from '../../contract/community.js';
import { CentreRating, RatingReply } from '../wire/ratings.js';
import { PostRequestReply, TokenResolution } from '../wire/replies.js';
import { CentreRequestPayload, idempotencyHeader, uuidPattern } from '../wire/requestForm.js';
import { ServiceRequestList } from '../wire/requestRecord.js';
import { ServiceList } from '../wire/services.js';
import { CentreError } from './centreError.js';
import { encodeRequestForm } from './encodeRequestForm.js';
import { parseReply } from './parseReply.js';
import { type CentreRequestStatus, requestStatusFrom } from './requestStatus.js';
import {
  type FetchLike,
  type TransportOptions,
  clientCodes,
  exchange,
  refuseUnlessOk,
} from './transport.js';

export interface CentreClientOptions {
  /** The platform's Open311 endpoint, e.g. http://127.0.0.1:8311/ (a path prefix is kept). */
  baseUrl: string;
  apiKey: string;
  /** For one whole call: connecting, sending, and reading the full reply. */
  timeoutMs: number;
  /** Defaults to the global fetch; tests pass their own. */
  fetch?: FetchLike;
  /** For Retry-After dates; Date.now by default. */
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

export type DirectoryResult =
  { kind: 'unchanged' } | { kind: 'changed'; etag: string | null; data: CommunityData };

export interface CentreService {
  code: string;
  name: string;
  description: string | null;
  /** The kiosk category (Open311 group). */
  group: string | null;
  keywords: string[];
  type: 'realtime' | 'batch' | 'blackbox';
  /** true: GET /services/{code}.json defines extra attributes. */
  metadata: boolean;
}

export interface CentreClient {
  postRequest(payload: CentreRequestPayload, idempotencyKey: string): Promise<PostRequestResult>;
  /** The request's id once the platform has assigned one; null while it is still pending. */
  resolveToken(token: string): Promise<string | null>;
  /** Statuses of the requests the centre knows, in the order asked; unknown ids are left out. */
  getRequests(ids: readonly string[]): Promise<CentreRequestStatus[]>;
  postRating(id: string, rating: CentreRating, idempotencyKey: string): Promise<CentreRatingResult>;
  /** Conditional: pass the ETag of the copy you hold, or null for a first fetch. */
  getDirectory(etag: string | null): Promise<DirectoryResult>;
  getServices(locale?: 'zh-CN' | 'zh-TW' | 'en'): Promise<CentreService[]>;
}

/** Ids per GET /requests.json, keeping URLs short whatever the platform's limit. */
export const statusBatchSize = 50;

function refuseLocally(code: string, description: string): CentreError {
  return new CentreError({
    kind: 'permanent',
    code,
    description,
    status: null,
    retryAfterMs: null,
    upstreamErrors: [],
  });
}

function checkKey(idempotencyKey: string): void {
  if (!uuidPattern.test(idempotencyKey)) {
    throw refuseLocally('idempotency_key_invalid', 'The Idempotency-Key must be a UUID.');
  }
}

/** Path segments are the centre's ids; they are escaped, never trusted to be URL-safe. */
const segment = (value: string) => encodeURIComponent(value);

export function createCentreClient(options: CentreClientOptions): CentreClient {
  const transport: TransportOptions = {
    baseUrl: options.baseUrl,
    timeoutMs: options.timeoutMs,
    fetch: options.fetch ?? ((input, init) => fetch(input, init)),
    now: options.now ?? Date.now,
  };
  const auth = { api_key: options.apiKey };

  return {
    async postRequest(payload, idempotencyKey) {
      checkKey(idempotencyKey);
      const checked = CentreRequestPayload.safeParse(payload);
      if (!checked.success) {
        const where = checked.error.issues.map((i) => i.path.join('.')).join(', ');
        throw refuseLocally(clientCodes.payloadInvalid, `The request payload is invalid: ${where}`);
      }
      const answer = await exchange(transport, {
        method: 'POST',
        path: 'requests.json',
        headers: { [idempotencyHeader]: idempotencyKey },
        form: encodeRequestForm(checked.data, options.apiKey),
      });
      refuseUnlessOk(transport, answer);
      const reply = parseReply(answer, PostRequestReply);
      if ('service_request_id' in reply && typeof reply.service_request_id === 'string') {
        const notice = reply.service_notice;
        return {
          kind: 'created',
          id: reply.service_request_id,
          serviceNotice: typeof notice === 'string' ? notice : null,
        };
      }
      return { kind: 'token', token: String(reply.token) };
    },

    async resolveToken(token) {
      const answer = await exchange(transport, {
        method: 'GET',
        path: `tokens/${segment(token)}.json`,
        query: auth,
      });
      refuseUnlessOk(transport, answer);
      const entries = parseReply(answer, TokenResolution);
      return (
        entries.find((entry) => typeof entry.service_request_id === 'string')?.service_request_id ??
        null
      );
    },

    async getRequests(ids) {
      const wanted = [...new Set(ids)];
      const statuses: CentreRequestStatus[] = [];
      for (let start = 0; start < wanted.length; start += statusBatchSize) {
        const batch = wanted.slice(start, start + statusBatchSize);
        const answer = await exchange(transport, {
          method: 'GET',
          path: 'requests.json',
          query: { ...auth, service_request_id: batch.join(',') },
        });
        refuseUnlessOk(transport, answer);
        const records = parseReply(answer, ServiceRequestList);
        const byId = new Map(records.map((record) => [record.service_request_id, record]));
        for (const id of batch) {
          const record = byId.get(id);
          if (record) statuses.push(requestStatusFrom(record));
        }
      }
      return statuses;
    },

    async postRating(id, rating, idempotencyKey) {
      checkKey(idempotencyKey);
      const checked = CentreRating.safeParse(rating);
      if (!checked.success) {
        throw refuseLocally(
          clientCodes.payloadInvalid,
          'stars must be 1–5 and tags from the kiosk list.',
        );
      }
      const form = new URLSearchParams({ ...auth, stars: String(checked.data.stars) });
      if (checked.data.tags.length > 0) form.set('tags', checked.data.tags.join(','));
      const answer = await exchange(transport, {
        method: 'POST',
        path: `requests/${segment(id)}/ratings.json`,
        headers: { [idempotencyHeader]: idempotencyKey },
        form,
      });
      refuseUnlessOk(transport, answer);
      const reply = parseReply(answer, RatingReply);
      return {
        id: reply.service_request_id,
        stars: reply.stars,
        tags: reply.tags,
        ratedAt: new Date(reply.rated_datetime).toISOString(),
      };
    },

    async getDirectory(etag) {
      const answer = await exchange(transport, {
        method: 'GET',
        path: 'x/directory.json',
        query: auth,
        headers: etag === null ? {} : { 'If-None-Match': etag },
      });
      if (answer.status === 304) return { kind: 'unchanged' };
      refuseUnlessOk(transport, answer);
      return {
        kind: 'changed',
        etag: answer.headers.get('etag'),
        data: parseReply(answer, CommunityData),
      };
    },

    async getServices(locale) {
      const answer = await exchange(transport, {
        method: 'GET',
        path: 'services.json',
        query: locale ? { locale } : {},
      });
      refuseUnlessOk(transport, answer);
      return parseReply(answer, ServiceList).map((service) => ({
        code: service.service_code,
        name: service.service_name,
        description: service.description ?? null,
        group: service.group ?? null,
        keywords: (service.keywords ?? '')
          .split(',')
          .map((word) => word.trim())
          .filter((word) => word !== ''),
        type: service.type,
        metadata: service.metadata,
      }));
    },
  };
}
