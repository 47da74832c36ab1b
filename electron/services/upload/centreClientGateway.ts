// The worker's gateway port filled by the Open311 client: the client speaks the wire format and
// classifies failures; this file only maps names between the two.
import { type RatingTag, ratingTags } from '../../../contract/index.js';
import { type CentreClient, isCentreError } from '../../../upstream/client/index.js';
import type { CentreGateway, FailureClassifier, UpstreamStatus } from './centreGateway.js';

export function createCentreGateway(client: CentreClient): CentreGateway {
  return {
    async postRequest(request, idempotencyKey) {
      const posted = await client.postRequest(
        {
          ticket: request.ticket,
          lookupCode: request.lookupCode,
          kioskId: request.kioskId,
          serviceCode: request.serviceCode,
          category: request.category,
          urgency: request.urgency,
          emergency: request.emergency,
          language: request.language,
          gridId: request.gridId,
          description: request.description,
          name: request.name,
          phone: request.phone,
          address: request.address,
          submittedAt: request.requestedAt,
        },
        idempotencyKey,
      );
      return posted.kind === 'created' ? { kind: 'created', id: posted.id } : posted;
    },
    resolveToken: (token) => client.resolveToken(token),
    async getStatuses(ids) {
      const statuses = await client.getRequests(ids);
      return statuses.map((status): UpstreamStatus => ({
        id: status.id,
        stage: status.stage,
        stageTimes: [
          { stage: 'accepted' as const, at: status.acceptedAt },
          ...(status.inProgressAt
            ? [{ stage: 'in-progress' as const, at: status.inProgressAt }]
            : []),
          ...(status.doneAt ? [{ stage: 'done' as const, at: status.doneAt }] : []),
        ],
        handlerNote: status.handlerNote,
        updatedAt: status.updatedAt,
      }));
    },
    async postRating(id, rating, idempotencyKey) {
      // Stored ratings were checked against the contract's tags when the resident gave them.
      const tags = rating.tags.filter((tag): tag is RatingTag =>
        (ratingTags as readonly string[]).includes(tag),
      );
      await client.postRating(id, { stars: rating.stars, tags }, idempotencyKey);
    },
    getDirectory: (etag) => client.getDirectory(etag),
  };
}

export const classifyCentreFailure: FailureClassifier = (error) =>
  isCentreError(error)
    ? {
        kind: error.kind,
        retryAfterMs: error.retryAfterMs ?? undefined,
        reason:
          `${error.code}${error.status === null ? '' : ` (HTTP ${error.status})`}: ${error.description}`.slice(
            0,
            300,
          ),
      }
    : {
        kind: 'retryable',
        retryAfterMs: undefined,
        reason: error instanceof Error ? error.message : String(error),
      };
