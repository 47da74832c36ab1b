// POST /requests/{id}/ratings.json (extension): the resident's stars and tags for a finished
// request. Form fields: stars (1–5) and tags (comma-separated slugs; which tags exist is the
// kiosk's list, mapped at the upload service's edge).
import { z } from 'zod';
import { W3cDateTime, WireId } from './scalars.js';
import { wireTagPattern } from './vocabulary.js';

export const CentreRating = z.object({
  stars: z.number().int().min(1).max(5),
  tags: z.array(z.string().regex(wireTagPattern).max(40)).max(5),
});
export type CentreRating = z.input<typeof CentreRating>;

export const RatingReply = z
  .array(
    z.looseObject({
      service_request_id: WireId,
      stars: z.number().int().min(1).max(5),
      tags: z.array(z.string()),
      rated_datetime: W3cDateTime,
    }),
  )
  .length(1)
  .transform((items) => items[0] as NonNullable<(typeof items)[0]>);
export type RatingReply = z.output<typeof RatingReply>;
