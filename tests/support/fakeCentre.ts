// An in-memory centre behind the worker's gateway port, with failures on demand. It keeps
// requests by idempotency key, as the real server does, so "stored but the reply was lost" can
// be played out exactly.
import type {
  CentreGateway,
  DirectoryReply,
  GatewayFailure,
  OutgoingRequest,
  Posted,
  UpstreamStatus,
} from '../../electron/services/upload/centreGateway.js';

export type ScriptedFailure = GatewayFailure & { afterStoring?: boolean };

export class FakeCentre implements CentreGateway {
  readonly requests = new Map<string, { id: string; request: OutgoingRequest }>();
  readonly ratings = new Map<string, { id: string; stars: number }>();
  readonly keysSeen: string[] = [];
  readonly statuses = new Map<string, UpstreamStatus>();
  /** Failures for the next calls, in order. */
  readonly failures: ScriptedFailure[] = [];
  answerWithToken = false;
  readonly tokens = new Map<string, string | null>();
  directory: DirectoryReply = { kind: 'unchanged' };

  #fail(store: () => void): void {
    const failure = this.failures.shift();
    if (failure?.afterStoring) store();
    if (failure) throw failure;
    store();
  }

  async postRequest(request: OutgoingRequest, key: string): Promise<Posted> {
    this.keysSeen.push(key);
    let stored = this.requests.get(key);
    this.#fail(() => {
      if (!stored) {
        stored = { id: `SR-${this.requests.size + 1}`, request };
        this.requests.set(key, stored);
        this.statuses.set(stored.id, {
          id: stored.id,
          stage: 'accepted',
          stageTimes: [{ stage: 'accepted', at: request.requestedAt }],
          handlerNote: null,
          updatedAt: request.requestedAt,
        });
      }
    });
    if (!stored) throw new Error('unreachable');
    if (this.answerWithToken) {
      const token = `T-${stored.id}`;
      if (!this.tokens.has(token)) this.tokens.set(token, null);
      return { kind: 'token', token };
    }
    return { kind: 'created', id: stored.id };
  }

  async resolveToken(token: string): Promise<string | null> {
    this.#fail(() => undefined);
    return this.tokens.get(token) ?? null;
  }

  async getStatuses(ids: string[]): Promise<UpstreamStatus[]> {
    this.#fail(() => undefined);
    return ids.flatMap((id) => {
      const status = this.statuses.get(id);
      return status ? [status] : [];
    });
  }

  async postRating(
    id: string,
    rating: { stars: number; tags: string[] },
    key: string,
  ): Promise<void> {
    this.keysSeen.push(key);
    this.#fail(() => this.ratings.set(key, { id, stars: rating.stars }));
  }

  async getDirectory(): Promise<DirectoryReply> {
    this.#fail(() => undefined);
    return this.directory;
  }

  /** Moves a request forward, as a handler at the centre would. */
  advance(id: string, stage: 'in-progress' | 'done', at: string, note: string | null): void {
    const status = this.statuses.get(id);
    if (!status) throw new Error(`no request ${id}`);
    this.statuses.set(id, {
      ...status,
      stage,
      stageTimes: [...status.stageTimes, { stage, at }],
      handlerNote: note,
      updatedAt: at,
    });
  }
}

export const classifyFakeFailure = (error: unknown): GatewayFailure => {
  const failure = error as Partial<GatewayFailure>;
  return failure.kind
    ? { kind: failure.kind, retryAfterMs: failure.retryAfterMs, reason: failure.reason ?? 'failed' }
    : { kind: 'retryable', retryAfterMs: undefined, reason: String(error) };
};
