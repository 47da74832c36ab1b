// A request's status as the kiosk keeps it (one time per stage), read from an Open311 record.
// A platform without the x_stage extensions still works: closed means done, open means
// accepted, and status_notes stands in for the handler's note; richStages says which it was.
import type { ServiceRequestRecord } from '../wire/requestRecord.js';
import type { WireStage } from '../wire/vocabulary.js';

export interface CentreRequestStatus {
  id: string;
  status: 'open' | 'closed';
  stage: WireStage;
  /** ISO 8601 UTC, like every time below. */
  requestedAt: string;
  acceptedAt: string;
  inProgressAt: string | null;
  doneAt: string | null;
  handlerNote: string | null;
  /** When the centre last changed the request. */
  updatedAt: string;
  rating: { stars: number; tags: string[]; ratedAt: string } | null;
}

/** As getRequests returns it: with whether the platform itself reported the stage. */
export interface PlatformRequestStatus extends CentreRequestStatus {
  richStages: boolean;
}

const iso = (value: string): string => new Date(value).toISOString();

export function requestStatusFrom(record: ServiceRequestRecord): CentreRequestStatus {
  const stage: WireStage = record.x_stage ?? (record.status === 'closed' ? 'done' : 'accepted');
  const history = record.x_stage_history ?? [];
  const reached = (s: WireStage) => {
    const event = history.find((e) => e.stage === s);
    return event ? iso(event.at) : null;
  };
  const requestedAt = iso(record.requested_datetime);
  const updatedAt = record.updated_datetime ? iso(record.updated_datetime) : requestedAt;
  return {
    id: record.service_request_id,
    status: record.status,
    stage,
    requestedAt,
    acceptedAt: reached('accepted') ?? requestedAt,
    inProgressAt: stage === 'accepted' ? null : reached('in-progress'),
    doneAt: stage === 'done' ? (reached('done') ?? updatedAt) : null,
    handlerNote: record.x_handler_note ?? record.status_notes ?? null,
    updatedAt,
    rating: record.x_rating
      ? {
          stars: record.x_rating.stars,
          tags: record.x_rating.tags,
          ratedAt: iso(record.x_rating.rated_datetime),
        }
      : null,
  };
}

export function platformStatusFrom(record: ServiceRequestRecord): PlatformRequestStatus {
  return { ...requestStatusFrom(record), richStages: record.x_stage !== undefined };
}
