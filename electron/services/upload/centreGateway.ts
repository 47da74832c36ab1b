// What the kiosk needs from the centre's platform, as a port, in the kiosk's own words. The
// Open311 client fills it in production and tests (centreClientGateway.ts maps names between the
// two); the worker's own tests can drive every failure directly. Nothing here is Open311-shaped:
// a platform is a list of services, each with a definition, that takes requests and reports on
// them, and may or may not offer the kiosk's extensions.
import type {
  CategoryId,
  DeviceStatus,
  Language,
  Stage,
  Urgency,
} from '../../../contract/index.js';
import type { AppointmentGateway } from '../appointments/appointmentGateway.js';

type DeviceState = DeviceStatus['state'];

/** The kiosk's own facts about a request. A platform that declares none of them still gets
 * them, in the last line of the description, so its staff can match a receipt to a record. */
export interface KioskFacts {
  /** Printed large and read aloud, e.g. A03-1128-0042. */
  ticket: string;
  /** In the receipt's QR code, unique for ever. */
  lookupCode: string;
  kioskId: string;
  category: CategoryId;
  urgency: Urgency;
  emergency: boolean;
  language: Language;
  gridId: string | null;
  /** When the resident pressed submit (ISO 8601 UTC), which may be long before an outage ended. */
  submittedAt: string;
  /** The staff id of whoever entered it for the resident (assisted entry); absent otherwise. */
  assistedBy?: string;
  /** Nothing in the community fitted what the resident said: a person routes it. */
  needsRouting?: boolean;
  /** The danger kinds the words signalled, "+"-joined (medical+gas): why it is urgent. */
  danger?: string;
}

/** Where the request is about: only what the resident chose to send (or where the kiosk stands). */
export interface RequestLocation {
  lat: number | null;
  long: number | null;
  address: string | null;
}

export interface OutgoingRequest {
  /** The platform's own service code, chosen through the mapping when the request was saved. */
  serviceCode: string;
  facts: KioskFacts;
  /** The resident's own words; may be empty. The client adds the facts line itself. */
  description: string;
  name: string | null;
  phone: string | null;
  location: RequestLocation;
  /** The resident's answers to the service's own attributes, by attribute code. */
  attributes: Readonly<Record<string, string | readonly string[]>>;
  /**
   * Every attribute code the service's definition declares. Only these are ever sent as
   * attributes; kiosk facts whose codes are not among them go into the description's last line.
   */
  declaredAttributes: readonly string[];
}

export type Posted = { kind: 'created'; id: string } | { kind: 'token'; token: string };

/** Is a request that may have been sent already on the platform? */
export interface PostedLookup {
  serviceCode: string;
  ticket: string;
  lookupCode: string;
  /** When the entry was first put in flight (ISO 8601 UTC); the search starts a little before. */
  firstSentAt: string;
  /**
   * When the resident submitted it. Platforms that date a request by the kiosk's submitted_at
   * file it hours before firstSentAt after an outage; the search starts at the earlier of the two.
   */
  submittedAt?: string;
}

export type LookupResult =
  | { kind: 'found'; id: string }
  /** Certainly not there: the platform answered a query that would have listed it. */
  | { kind: 'absent' }
  /** The platform cannot be searched this way (no GET /requests.json query support). */
  | { kind: 'unsupported' };

export interface PlatformService {
  code: string;
  name: string;
  description: string | null;
  /** Open311 `group`: the platform's own grouping, not the kiosk's categories. */
  group: string | null;
  keywords: readonly string[];
  type: 'realtime' | 'batch' | 'blackbox';
  /** true: the service has a definition with attributes. */
  metadata: boolean;
}

export type AttributeDatatype =
  'string' | 'number' | 'datetime' | 'text' | 'singlevaluelist' | 'multivaluelist';

export interface PlatformAttribute {
  code: string;
  datatype: AttributeDatatype;
  required: boolean;
  /** false: informational text only, nothing to answer or send. */
  variable: boolean;
  description: string;
  datatypeDescription: string | null;
  order: number;
  /** For the list datatypes: the keys the platform accepts and their names. */
  values: readonly { key: string; name: string }[];
}

export interface PlatformDefinition {
  serviceCode: string;
  attributes: readonly PlatformAttribute[];
}

export interface UpstreamStatus {
  id: string;
  /** Open311's own status. */
  status: 'open' | 'closed';
  /** The kiosk's three stages: from the platform's extension, or open → accepted, closed → done. */
  stage: Stage;
  /** true when the platform itself reported the stage (x_stage), not only open/closed. */
  richStages: boolean;
  stageTimes: { stage: Stage; at: string }[];
  /** The handler's note for the resident (status_notes on a plain platform). */
  handlerNote: string | null;
  updatedAt: string;
}

export type DirectoryReply =
  | { kind: 'unchanged' }
  | { kind: 'changed'; etag: string | null; data: unknown }
  /** The platform has no directory extension (404): the provisioned file stands. */
  | { kind: 'unsupported' };

export type RatingReply = { kind: 'accepted' } | { kind: 'unsupported' };

export interface CentreGateway {
  postRequest(request: OutgoingRequest, idempotencyKey: string): Promise<Posted>;
  findPosted(lookup: PostedLookup): Promise<LookupResult>;
  resolveToken(token: string): Promise<string | null>;
  getStatuses(ids: readonly string[]): Promise<UpstreamStatus[]>;
  postRating(
    id: string,
    rating: { stars: number; tags: readonly string[] },
    idempotencyKey: string,
  ): Promise<RatingReply>;
  getDirectory(etag: string | null): Promise<DirectoryReply>;
  getServices(): Promise<PlatformService[]>;
  getServiceDefinition(code: string): Promise<PlatformDefinition>;
  /** The surveys extension; absent where no client for it was given (the kiosk offers none). */
  surveys?: SurveyGateway;
  /** The micro-projects vote extension; absent where no client for it was given. */
  votes?: VoteGateway;
  /** The appointments extension; absent where no client for it was given (no booking offered). */
  appointments?: AppointmentGateway;
  /** The queue extension (take a number); absent where no client for it was given. */
  queue?: QueueGateway;
}

/** One ballot as it leaves the kiosk: a random id, the voter token, the choices, a day. */
export interface OutgoingBallot {
  ballotId: string;
  /** HMAC of the round and the resident's ID number under the kiosks' voter key. */
  voter: string;
  choices: readonly string[];
  castOn: string;
}

export type VoteRoundsReply =
  /** rounds: as sent; the kiosk reads each tolerantly itself. */
  { kind: 'listed'; rounds: unknown[] } | { kind: 'unsupported' };

/** The micro-projects vote extension (民生微实事); failures are thrown. */
export interface VoteGateway {
  getRounds(): Promise<VoteRoundsReply>;
  /** A proposal's picture as a data: URL (SVG, PNG, JPEG or WebP), or null when there is none. */
  getPicture(path: string): Promise<string | null>;
  postBallot(
    roundId: string,
    ballot: OutgoingBallot,
    idempotencyKey: string,
  ): Promise<{ kind: 'accepted' } | { kind: 'unsupported' }>;
  /** Is the ballot with this random id counted? (a lost reply is looked up, never sent twice) */
  findBallot(roundId: string, ballotId: string): Promise<LookupResult>;
  getResults(
    roundId: string,
  ): Promise<{ ballots: number; votes: { proposalId: string; votes: number }[] } | null>;
}

/** One anonymous answer sheet: a random id, a day (no hour), and the answers; nothing else. */
export interface SurveySheet {
  responseId: string;
  answeredOn: string;
  answers: Record<string, string | string[] | number>;
}

export type SurveyListReply =
  /** surveys: the questionnaires as sent; the kiosk reads each tolerantly itself. */
  { kind: 'listed'; surveys: unknown[] } | { kind: 'unsupported' };

/** The surveys extension (GET /x/surveys.json and its answer sheets); failures are thrown. */
export interface SurveyGateway {
  getSurveys(): Promise<SurveyListReply>;
  postResponse(
    surveyId: string,
    sheet: SurveySheet,
    idempotencyKey: string,
  ): Promise<{ kind: 'accepted' } | { kind: 'unsupported' }>;
  /** Is the sheet with this random id stored? (a lost reply is looked up, never sent twice) */
  findResponse(surveyId: string, responseId: string): Promise<LookupResult>;
}

/** A front-desk window service residents take numbers for, as the platform describes it. */
export interface QueueWindowService {
  code: string;
  name: { 'zh-CN': string; 'zh-TW'?: string | undefined; en?: string | undefined };
  /** The letter its numbers start with. */
  prefix: string;
  window: string;
  priorityAllowed: boolean;
  minutesPerResident: number;
  /** How many wait now; null when the platform did not say. */
  waiting: number | null;
  waitingPriority: number | null;
}

/** One press of "take a number": a random key for it (a retry never issues twice). */
export interface QueuePress {
  clientKey: string;
  serviceCode: string;
  priority: boolean;
  kioskId: string;
}

export interface QueueNumberReply {
  number: string;
  waitingAhead: number | null;
  window: string | null;
}

export type QueueIssueReply =
  { kind: 'issued'; ticket: QueueNumberReply } | { kind: 'unsupported' };

/** The queue extension; failures are thrown and classified like the main port's. */
export interface QueueGateway {
  getServices(): Promise<
    { kind: 'listed'; services: QueueWindowService[] } | { kind: 'unsupported' }
  >;
  takeNumber(press: QueuePress, idempotencyKey: string): Promise<QueueIssueReply>;
  /** A number the kiosk issued itself while offline, reported to the centre. */
  reportNumber(
    reported: QueuePress & { number: string; issuedAt: string },
    idempotencyKey: string,
  ): Promise<QueueIssueReply>;
  /** The number the centre holds for a press, if any. */
  findNumber(
    clientKey: string,
  ): Promise<
    { kind: 'found'; ticket: QueueNumberReply } | { kind: 'absent' } | { kind: 'unsupported' }
  >;
}

/** Everything the platform said when it refused or failed, kept for staff. */
export interface UpstreamErrorEntry {
  code: string;
  description: string;
}

/** How a failed call should be treated; the gateway's errors carry it. */
export interface GatewayFailure {
  kind: 'retryable' | 'in-flight' | 'permanent';
  retryAfterMs: number | undefined;
  /** One line for logs and the staff list: the most useful error, not the first generic one. */
  reason: string;
  /** HTTP status, or null when no reply came. */
  status: number | null;
  /** Every error entry the platform sent, in its order. */
  errors: readonly UpstreamErrorEntry[];
}

export type FailureClassifier = (error: unknown) => GatewayFailure;

/** The kiosk's health, sent to the centre's fleet extension: counts and states, nothing personal. */
export interface KioskHeartbeat {
  kioskId: string;
  sentAt: string;
  intervalSeconds: number;
  version: string;
  uptimeSeconds: number;
  queueDepth: number;
  oldestWaitSeconds: number | null;
  deadLetters: number;
  held: number;
  printerState: DeviceState;
  printerPaper: 'ok' | 'low' | 'out' | 'unknown';
  printerDetail: string | null;
  readerState: DeviceState;
  diskFreeBytes: number | null;
  /** The ETag of the remote configuration applied, and why the last one offered was refused. */
  configEtag: string | null;
  configError: string | null;
  /** The last heartbeat of a run: the kiosk is stopping. */
  stopping: boolean;
}

export type HeartbeatReply =
  | { kind: 'accepted'; configEtag: string | null }
  /** The platform has no fleet extension (404). */
  | { kind: 'unsupported' };

export type RemoteConfigReply =
  | { kind: 'unchanged' }
  | { kind: 'changed'; etag: string | null; config: Record<string, unknown> }
  | { kind: 'unsupported' };

/**
 * The fleet extension, a port of its own beside CentreGateway so fakes of the main port need not
 * change: failures are thrown and classified like the main port's.
 */
export interface FleetGateway {
  postHeartbeat(heartbeat: KioskHeartbeat): Promise<HeartbeatReply>;
  getRemoteConfig(kioskId: string, etag: string | null): Promise<RemoteConfigReply>;
}
