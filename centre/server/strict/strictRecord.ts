// A stored request as a plain third-party Open311 server writes it: status only open or closed,
// optional fields as empty strings rather than null ("address_id": "", "zipcode": ""), and no x_…
// extensions at all. The handler's stages show only through status_notes and status.
import type { StoredRequest } from '../store/serviceRequests.js';
import { open311Status } from '../requests/stageRules.js';

export interface StrictRecord {
  service_request_id: string;
  status: 'open' | 'closed';
  status_notes: string;
  service_name: string;
  service_code: string;
  description: string;
  agency_responsible: string;
  service_notice: string;
  requested_datetime: string;
  updated_datetime: string;
  expected_datetime: null;
  address: string;
  address_id: string;
  zipcode: string;
  lat: number | null;
  long: number | null;
  media_url: string;
}

/** What status_notes says when the handler moved a request on without a note of their own. */
export const defaultStatusNotes = {
  accepted: '',
  'in-progress': '正在处理',
  done: '已办结',
} as const;

export function strictRecord(request: StoredRequest): StrictRecord {
  return {
    service_request_id: request.id,
    status: open311Status(request.stage),
    status_notes: request.handlerNote ?? defaultStatusNotes[request.stage],
    service_name: request.serviceName,
    service_code: request.serviceCode,
    description: request.description ?? '',
    agency_responsible: request.agencyResponsible ?? '',
    service_notice: request.serviceNotice ?? '',
    requested_datetime: request.requestedAt,
    updated_datetime: request.updatedAt,
    expected_datetime: null,
    address: request.address ?? '',
    address_id: request.addressId ?? '',
    zipcode: '',
    lat: request.lat,
    long: request.long,
    media_url: request.mediaUrl ?? '',
  };
}
