// The worker's gateway port filled by the Open311 client. The client speaks the wire in its own
// words (strings, x_… fields, Open311 errors); this file maps between those and the kiosk's
// contract types, and turns the client's errors into the port's GatewayFailure.
import {
  type Language,
  type RatingTag,
  type Stage,
  type Urgency,
  ratingTags,
} from '../../../contract/index.js';
import {
  type CentreClient,
  type FleetClient,
  type CentreRequest,
  type PlatformRequestStatus,
  isCentreError,
  looksLikeDuplicate,
} from '../../../upstream/client/index.js';
import type { SurveyClient } from '../../../upstream/client/surveyClient.js';
import type { VoteClient } from '../../../upstream/client/voteClient.js';
import type { WireStage, wireLanguages, wireUrgencies } from '../../../upstream/wire/vocabulary.js';
import type {
  CentreGateway,
  FailureClassifier,
  FleetGateway,
  GatewayFailure,
  OutgoingRequest,
  SurveyGateway,
  VoteGateway,
  UpstreamStatus,
} from './centreGateway.js';

// The two vocabularies, side by side: a value added on one side and not the other fails to compile.
const stageFromWire: Record<WireStage, Stage> = {
  accepted: 'accepted',
  'in-progress': 'in-progress',
  done: 'done',
};
const languageToWire: Record<Language, (typeof wireLanguages)[number]> = {
  'zh-CN': 'zh-CN',
  'zh-TW': 'zh-TW',
  en: 'en',
};
const urgencyToWire: Record<Urgency, (typeof wireUrgencies)[number]> = {
  normal: 'normal',
  urgent: 'urgent',
};
const knownTags: ReadonlySet<string> = new Set(ratingTags);

export function centreRequestFrom(request: OutgoingRequest): CentreRequest {
  const { facts } = request;
  return {
    serviceCode: request.serviceCode,
    facts: {
      ticket: facts.ticket,
      lookupCode: facts.lookupCode,
      kioskId: facts.kioskId,
      category: facts.category,
      urgency: urgencyToWire[facts.urgency],
      emergency: facts.emergency,
      language: languageToWire[facts.language],
      gridId: facts.gridId,
      submittedAt: facts.submittedAt,
      ...(facts.assistedBy === undefined ? {} : { assistedBy: facts.assistedBy }),
      needsRouting: facts.needsRouting === true,
      ...(facts.danger === undefined ? {} : { danger: facts.danger }),
    },
    description: request.description,
    name: request.name,
    phone: request.phone,
    location: { ...request.location },
    attributes: request.attributes,
    declaredAttributes: request.declaredAttributes,
  };
}

export function upstreamStatusFrom(status: PlatformRequestStatus): UpstreamStatus {
  const stageTimes: UpstreamStatus['stageTimes'] = [{ stage: 'accepted', at: status.acceptedAt }];
  if (status.inProgressAt) stageTimes.push({ stage: 'in-progress', at: status.inProgressAt });
  if (status.doneAt) stageTimes.push({ stage: 'done', at: status.doneAt });
  return {
    id: status.id,
    status: status.status,
    stage: stageFromWire[status.stage],
    richStages: status.richStages,
    stageTimes,
    handlerNote: status.handlerNote,
    updatedAt: status.updatedAt,
  };
}

export function createCentreGateway(client: CentreClient): CentreGateway {
  return {
    async postRequest(request, idempotencyKey) {
      const posted = await client.postRequest(centreRequestFrom(request), idempotencyKey);
      return posted.kind === 'created'
        ? { kind: 'created', id: posted.id }
        : { kind: 'token', token: posted.token };
    },
    findPosted: (lookup) =>
      client.findPosted({
        serviceCode: lookup.serviceCode,
        ticket: lookup.ticket,
        lookupCode: lookup.lookupCode,
        firstSentAt: lookup.firstSentAt,
        ...(lookup.submittedAt ? { submittedAt: lookup.submittedAt } : {}),
      }),
    resolveToken: (token) => client.resolveToken(token),
    async getStatuses(ids) {
      return (await client.getRequests(ids)).map(upstreamStatusFrom);
    },
    async postRating(id, rating, idempotencyKey) {
      // Stored ratings were checked against the contract's tags when the resident gave them.
      const tags = rating.tags.filter((tag): tag is RatingTag => knownTags.has(tag));
      const reply = await client.postRating(id, { stars: rating.stars, tags }, idempotencyKey);
      return reply.kind === 'accepted' ? { kind: 'accepted' } : { kind: 'unsupported' };
    },
    getDirectory: (etag) => client.getDirectory(etag),
    async getServices() {
      return (await client.getServices()).map((service) => ({
        code: service.code,
        name: service.name,
        description: service.description,
        group: service.group,
        keywords: [...service.keywords],
        type: service.type,
        metadata: service.metadata,
      }));
    },
    async getServiceDefinition(code) {
      const definition = await client.getServiceDefinition(code);
      return {
        serviceCode: definition.serviceCode,
        attributes: definition.attributes.map((attribute) => ({ ...attribute })),
      };
    },
  };
}

/** The surveys port filled by the client's survey calls. */
export function createSurveyGateway(client: SurveyClient): SurveyGateway {
  return {
    getSurveys: () => client.getSurveys(),
    postResponse: (surveyId, sheet, key) =>
      client.postResponse(surveyId, { ...sheet, answers: { ...sheet.answers } }, key),
    async findResponse(surveyId, responseId) {
      const found = await client.findResponse(surveyId, responseId);
      return found === 'found' ? { kind: 'found', id: responseId } : { kind: found };
    },
  };
}

/** The vote port filled by the client's vote calls. */
export function createVoteGateway(client: VoteClient): VoteGateway {
  return {
    getRounds: () => client.getRounds(),
    getPicture: (path) => client.getPicture(path),
    postBallot: (roundId, ballot, key) =>
      client.postBallot(roundId, { ...ballot, choices: [...ballot.choices] }, key),
    async findBallot(roundId, ballotId) {
      const found = await client.findBallot(roundId, ballotId);
      return found === 'found' ? { kind: 'found', id: ballotId } : { kind: found };
    },
    getResults: (roundId) => client.getResults(roundId),
  };
}

/** The fleet port filled by the client's fleet calls; the shapes are the same, field by field. */
export function createFleetGateway(client: FleetClient): FleetGateway {
  return {
    postHeartbeat: (heartbeat) => client.postHeartbeat({ ...heartbeat }),
    getRemoteConfig: (kioskId, etag) => client.getRemoteConfig(kioskId, etag),
  };
}

const oneLine = (text: string, max: number) => text.replace(/\s+/g, ' ').trim().slice(0, max);

export const classifyCentreFailure: FailureClassifier = (error): GatewayFailure =>
  isCentreError(error)
    ? {
        kind: error.kind,
        retryAfterMs: error.retryAfterMs ?? undefined,
        reason: oneLine(
          `${error.code}${error.status === null ? '' : ` (HTTP ${error.status})`}: ${error.description}`,
          300,
        ),
        status: error.status,
        errors: error.upstreamErrors.map((entry) => ({
          code: entry.code,
          description: entry.description,
        })),
      }
    : {
        kind: 'retryable',
        retryAfterMs: undefined,
        reason: oneLine(error instanceof Error ? error.message : String(error), 300),
        status: null,
        errors: [],
      };

/**
 * A permanent refusal that says the request is already on the platform (a de-duplicating
 * server's 400 "duplicate", the reference centre's lookup_code_exists): look it up, do not
 * dead-letter it.
 */
export function isDuplicateFailure(failure: GatewayFailure): boolean {
  return (
    failure.kind === 'permanent' &&
    failure.status !== null &&
    (failure.reason.startsWith('duplicate ') || looksLikeDuplicate(failure.status, failure.errors))
  );
}
