// GET /requests.json and GET /requests/{id}.json as the centre writes them: a request's Open311
// record plus, in extension mode, the kiosk-facing extensions, named x_… in the style of other
// GeoReport v2 extensions:
//   x_stage          accepted | in-progress | done (Open311's status only says open or closed)
//   x_stage_history  [{ stage, at }] in order, one entry per stage reached
//   x_handler_note   the handler's note for the resident (also in status_notes)
//   x_ticket         the kiosk ticket, when the request came from a kiosk
//   x_rating         the resident's rating once given
// Status and stage must agree (closed ⇔ done); a reply where they do not is refused.
import { z } from 'zod';
import { Stage } from './vocabulary.js';
import { W3cDateTime, WireId } from './scalars.js';

export const open311Statuses = ['open', 'closed'] as const;
export const Open311Status = z.enum(open311Statuses);

const text = z.string().nullish();

export const StageEvent = z.looseObject({ stage: Stage, at: W3cDateTime });
export type StageEvent = z.output<typeof StageEvent>;

export const WireRating = z.looseObject({
  stars: z.number().int().min(1).max(5),
  tags: z.array(z.string()),
  rated_datetime: W3cDateTime,
});

export const ServiceRequestRecord = z
  .looseObject({
    service_request_id: WireId,
    status: Open311Status,
    status_notes: text,
    service_name: text,
    service_code: WireId.nullish(),
    description: text,
    agency_responsible: text,
    service_notice: text,
    requested_datetime: W3cDateTime,
    updated_datetime: W3cDateTime.nullish(),
    expected_datetime: W3cDateTime.nullish(),
    address: text,
    address_id: WireId.nullish(),
    zipcode: WireId.nullish(),
    lat: z.number().min(-90).max(90).nullish(),
    long: z.number().min(-180).max(180).nullish(),
    media_url: text,
    x_stage: Stage.optional(),
    x_stage_history: z.array(StageEvent).optional(),
    x_handler_note: text,
    x_ticket: text,
    x_rating: WireRating.nullish(),
  })
  .refine(
    (record) =>
      record.x_stage === undefined || (record.x_stage === 'done') === (record.status === 'closed'),
    { message: 'status and x_stage disagree', path: ['x_stage'] },
  );
export type ServiceRequestRecord = z.output<typeof ServiceRequestRecord>;
export const ServiceRequestList = z.array(ServiceRequestRecord);
