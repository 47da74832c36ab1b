// GET /discovery.json: Open311's Service Discovery document (the spec requires one per provider).
import { z } from 'zod';

export const georeportV2Specification = 'http://wiki.open311.org/GeoReport_v2';

export const Discovery = z.looseObject({
  changeset: z.string(),
  contact: z.string(),
  key_service: z.string(),
  endpoints: z.array(
    z.looseObject({
      specification: z.string(),
      url: z.string(),
      changeset: z.string(),
      type: z.enum(['production', 'test']),
      formats: z.array(z.string()),
    }),
  ),
});
export type Discovery = z.output<typeof Discovery>;
