// A stored request in Open311's GET shape, with this contract's x_… extensions. Personal fields
// (name, phone, e-mail) are never part of it: status look-ups do not need them.
import type { Stage } from '../../wire/vocabulary.js';
import type { StageEvent } from '../../wire/requestRecord.js';
import type { StoredRating } from '../store/ratings.js';
import type { StoredRequest } from '../store/serviceRequests.js';
import { open311Status } from './stageRules.js';

export interface Open311Record {
  service_request_id: string;
  status: 'open' | 'closed';
  status_notes: string | null;
  service_name: string;
  service_code: string;
  description: string | null;
  agency_responsible: string | null;
  service_notice: string | null;
  requested_datetime: string;
  updated_datetime: string;
  expected_datetime: string | null;
  address: string | null;
  address_id: string | null;
  zipcode: string | null;
  lat: number | null;
  long: number | null;
  media_url: string | null;
  x_stage: Stage;
  x_stage_history: StageEvent[];
  x_handler_note: string | null;
  x_ticket: string | null;
  x_rating: { stars: number; tags: string[]; rated_datetime: string } | null;
}

function stageHistory(request: StoredRequest): StageEvent[] {
  const events: [Stage, string | null][] = [
    ['accepted', request.acceptedAt],
    ['in-progress', request.inProgressAt],
    ['done', request.doneAt],
  ];
  return events.flatMap(([stage, at]) => (at === null ? [] : [{ stage, at }]));
}

export function open311Record(
  request: StoredRequest,
  rating: StoredRating | undefined,
): Open311Record {
  return {
    service_request_id: request.id,
    status: open311Status(request.stage),
    status_notes: request.handlerNote,
    service_name: request.serviceName,
    service_code: request.serviceCode,
    description: request.description,
    agency_responsible: request.agencyResponsible,
    service_notice: request.serviceNotice,
    requested_datetime: request.requestedAt,
    updated_datetime: request.updatedAt,
    expected_datetime: null,
    address: request.address,
    address_id: request.addressId,
    zipcode: null,
    lat: request.lat,
    long: request.long,
    media_url: request.mediaUrl,
    x_stage: request.stage,
    x_stage_history: stageHistory(request),
    x_handler_note: request.handlerNote,
    x_ticket: request.ticket,
    x_rating: rating
      ? { stars: rating.stars, tags: rating.tags, rated_datetime: rating.ratedAt }
      : null,
  };
}
