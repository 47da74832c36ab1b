// GET /requests.json and GET /requests/{id}.json: a request's Open311 record plus the kiosk
// contract's extensions, named x_… in the style of other GeoReport v2 extensions:
//   x_stage          accepted | in-progress | done (Open311's status only says open or closed)
//   x_stage_history  [{ stage, at }] in order, one entry per stage reached
//   x_handler_note   the handler's note for the resident (also in status_notes)
//   x_ticket         the kiosk ticket, when the request came from a kiosk
//   x_rating         the resident's rating once given
// Each extension is used only when present. Status and stage must agree (closed ⇔ done); a record
// where they do not is unreadable. Optional fields may be "" (→ null), lat/long may be strings,
// ids numbers; an optional date that cannot be read is null; unknown fields are kept, unread.
import { z } from 'zod';
import {
  OptionalCoordinate,
  OptionalDateTime,
  OptionalText,
  OptionalWireId,
  W3cDateTime,
  WireId,
} from './scalars.js';
import { WireStage, open311Statuses } from './vocabulary.js';

export { open311Statuses };
export const Open311Status = z.preprocess(
  (value) => (typeof value === 'string' ? value.trim().toLowerCase() : value),
  z.enum(open311Statuses),
);
export type Open311Status = (typeof open311Statuses)[number];

export const StageEvent = z.looseObject({ stage: WireStage, at: W3cDateTime });
export type StageEvent = z.output<typeof StageEvent>;

/** Unreadable history entries are dropped; the rest still tell when each stage was reached. */
const StageHistory = z
  .array(z.unknown())
  .optional()
  .transform((events) =>
    events === undefined
      ? undefined
      : events.flatMap((event) => {
          const parsed = StageEvent.safeParse(event);
          return parsed.success ? [parsed.data] : [];
        }),
  );

export const WireRating = z.looseObject({
  stars: z.number().int().min(1).max(5),
  tags: z.array(z.string()),
  rated_datetime: W3cDateTime,
});

/**
 * Attribute values some platforms echo back: an object by code, or a list of { code, value }.
 * Read into code → text; anything else is ignored.
 */
const EchoedAttributes = z
  .unknown()
  .optional()
  .transform((value): Record<string, string> => {
    const out: Record<string, string> = {};
    const put = (code: unknown, item: unknown) => {
      if (typeof code !== 'string' && typeof code !== 'number') return;
      if (typeof item === 'string' || typeof item === 'number') out[String(code)] = String(item);
    };
    if (Array.isArray(value)) {
      for (const entry of value) {
        if (entry !== null && typeof entry === 'object') {
          const { code, value: item } = entry as { code?: unknown; value?: unknown };
          put(code, item);
        }
      }
    } else if (value !== null && typeof value === 'object') {
      for (const [code, item] of Object.entries(value)) put(code, item);
    }
    return out;
  });

export const ServiceRequestRecord = z
  .looseObject({
    service_request_id: WireId,
    status: Open311Status,
    status_notes: OptionalText,
    service_name: OptionalText,
    service_code: OptionalWireId,
    description: OptionalText,
    agency_responsible: OptionalText,
    service_notice: OptionalText,
    requested_datetime: W3cDateTime,
    updated_datetime: OptionalDateTime,
    expected_datetime: OptionalDateTime,
    address: OptionalText,
    address_id: OptionalWireId,
    zipcode: OptionalWireId,
    lat: OptionalCoordinate(90),
    long: OptionalCoordinate(180),
    media_url: OptionalText,
    attributes: EchoedAttributes,
    x_stage: z.preprocess((value) => (value === '' ? undefined : value), WireStage.optional()),
    x_stage_history: StageHistory,
    x_handler_note: OptionalText,
    x_ticket: OptionalText,
    x_rating: WireRating.nullish().catch(null),
  })
  .refine(
    (record) =>
      record.x_stage === undefined || (record.x_stage === 'done') === (record.status === 'closed'),
    { message: 'status and x_stage disagree', path: ['x_stage'] },
  );
export type ServiceRequestRecord = z.output<typeof ServiceRequestRecord>;
/** Every record readable, or the list is refused (the client reads entries one by one instead). */
export const ServiceRequestList = z.array(ServiceRequestRecord);
