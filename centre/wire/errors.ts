// Open311's one error shape, used by every endpoint including the extensions:
// a JSON array of { code, description }. The spec lets `code` be more specific than the HTTP
// status, so in extension mode the centre sends stable snake_case identifiers that clients can
// branch on; strict mode sends the bare HTTP status as the code, as many platforms do.
import { z } from 'zod';

export const Open311Error = z.looseObject({
  code: z.union([z.string().min(1), z.number()]).transform((value) => String(value)),
  description: z.string(),
});
export const Open311Errors = z.array(Open311Error).min(1);
export type Open311Error = z.output<typeof Open311Error>;

/** What a server writes: the error body before JSON. */
export interface Open311ErrorBody {
  code: string;
  description: string;
}

/** Every code the reference server sends, with the HTTP status it goes with. */
export const errorStatus = {
  api_key_missing: 403,
  api_key_invalid: 403,
  not_found: 404,
  method_not_allowed: 405,
  format_unsupported: 400,
  content_type_unsupported: 415,
  body_too_large: 413,
  form_invalid: 400,
  query_invalid: 400,
  query_parameter_unknown: 400,
  jurisdiction_missing: 400,
  jurisdiction_unknown: 400,
  duplicate_request: 400,
  idempotency_key_missing: 400,
  idempotency_key_invalid: 400,
  idempotency_key_reused: 422,
  idempotency_key_in_flight: 409,
  service_code_missing: 400,
  service_code_not_found: 404,
  location_missing: 400,
  lat_long_invalid: 400,
  field_invalid: 400,
  attribute_unknown: 400,
  attribute_missing: 400,
  attribute_invalid: 400,
  category_mismatch: 400,
  lookup_code_exists: 409,
  service_request_not_found: 404,
  token_not_found: 404,
  rating_invalid: 400,
  request_not_done: 409,
  already_rated: 409,
  stage_invalid: 400,
  stage_not_forward: 409,
  heartbeat_invalid: 400,
  kiosk_id_invalid: 400,
  survey_not_found: 404,
  survey_response_invalid: 400,
  survey_response_exists: 409,
  survey_response_not_found: 404,
  round_not_found: 404,
  round_closed: 409,
  proposal_not_found: 404,
  ballot_invalid: 400,
  ballot_exists: 409,
  ballot_not_found: 404,
  already_voted: 409,
  appointment_invalid: 400,
  appointment_exists: 409,
  appointment_not_found: 404,
  slot_not_found: 404,
  slot_full: 409,
  queue_ticket_invalid: 400,
  queue_priority_not_allowed: 400,
  queue_number_invalid: 400,
  queue_number_taken: 409,
  queue_ticket_not_found: 404,
  rate_limited: 429,
  internal_error: 500,
} as const;
export type ErrorCode = keyof typeof errorStatus;
