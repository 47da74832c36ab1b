// The kiosk's client for the centre's platform.
export { CentreError, isCentreError } from './centreError.js';
export type { CentreErrorDetails, CentreErrorKind } from './centreError.js';
export { createCentreClient, statusBatchSize } from './centreClient.js';
export type {
  CentreClient,
  CentreClientOptions,
  CentreRatingResult,
  CentreService,
  DirectoryResult,
  PostRequestResult,
} from './centreClient.js';
export type { CentreRequestStatus } from './requestStatus.js';
export type { FetchLike } from './transport.js';
export { parseRetryAfter } from './retryAfter.js';
export { serviceCodeFor } from '../wire/serviceCodes.js';
export type { CentreRequestPayload } from '../wire/requestForm.js';
export type { CentreRating } from '../wire/ratings.js';
