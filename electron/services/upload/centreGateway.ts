// What the upload worker needs from the centre's platform, as a port: the Open311 client fills
// it in production and tests, and the worker's own tests can drive every failure directly.
import type { CategoryId, Language, Stage, Urgency } from '../../../contract/index.js';

export interface OutgoingRequest {
  ticket: string;
  lookupCode: string;
  kioskId: string;
  serviceCode: string;
  category: CategoryId;
  urgency: Urgency;
  emergency: boolean;
  language: Language;
  gridId: string | null;
  description: string;
  name: string | null;
  phone: string | null;
  address: string;
  requestedAt: string;
}

export interface UpstreamStatus {
  id: string;
  stage: Stage;
  stageTimes: { stage: Stage; at: string }[];
  handlerNote: string | null;
  updatedAt: string;
}

export type Posted = { kind: 'created'; id: string } | { kind: 'token'; token: string };

export type DirectoryReply =
  { kind: 'unchanged' } | { kind: 'changed'; etag: string | null; data: unknown };

export interface CentreGateway {
  postRequest(request: OutgoingRequest, idempotencyKey: string): Promise<Posted>;
  resolveToken(token: string): Promise<string | null>;
  getStatuses(ids: string[]): Promise<UpstreamStatus[]>;
  postRating(
    id: string,
    rating: { stars: number; tags: string[] },
    idempotencyKey: string,
  ): Promise<void>;
  getDirectory(etag: string | null): Promise<DirectoryReply>;
}

/** How a failed call should be treated; the gateway's errors carry it. */
export interface GatewayFailure {
  kind: 'retryable' | 'in-flight' | 'permanent';
  retryAfterMs: number | undefined;
  reason: string;
}

export type FailureClassifier = (error: unknown) => GatewayFailure;
