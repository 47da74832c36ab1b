// The kiosk's client for the centre's platform: Open311 GeoReport v2 plus the kiosk's extensions.
export { CentreError, clientCodes, isCentreError } from './centreError.js';
export type { CentreErrorDetails, CentreErrorKind } from './centreError.js';
export {
  createCentreClient,
  defaultMaxDirectoryBytes,
  defaultMaxReplyBytes,
  defaultPageLimit,
  findPostedMaxCalls,
  statusBatchSize,
} from './centreClient.js';
export type {
  CentreClient,
  CentreClientOptions,
  CentreRatingResult,
  DirectoryResult,
  PostRequestResult,
  RatingResult,
  SkippedReport,
} from './centreClient.js';
export type { CentreFacts, CentreRequest } from './centreRequest.js';
export type { PostedQuery, PostedResult } from './findPosted.js';
export type {
  CentreAttribute,
  CentreService,
  CentreServiceDefinition,
} from './platformServices.js';
export type { CentreRequestStatus, PlatformRequestStatus } from './requestStatus.js';
export type { FetchLike } from './transport.js';
export { createSurveyClient } from './surveyClient.js';
export type { SurveyClient } from './surveyClient.js';
export { createVoteClient } from './voteClient.js';
export type { VoteClient } from './voteClient.js';
export { maxRetryAfterMs, parseRetryAfter } from './retryAfter.js';
export { duplicateCode, looksLikeDuplicate, mostUsefulError } from '../wire/errorHeuristics.js';
export type { Open311Error } from '../wire/errors.js';
export { createFleetClient, heartbeatForm } from './fleetClient.js';
export type { FleetClient, HeartbeatResult, RemoteConfigResult } from './fleetClient.js';
export type { HeartbeatOut } from '../wire/fleet.js';
