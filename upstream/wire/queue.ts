// The queue extension's wire as the kiosk reads and writes it (the reference centre's own copy is
// centre/wire/queue.ts). Replies are read tolerantly: a window service that cannot be read is
// skipped (the rest are offered), a count the platform leaves out is null (the kiosk estimates
// instead), extra fields are ignored. What the kiosk sends is checked strictly.
import { z } from 'zod';

const Text = z.string().trim().min(1).max(200);

/** A name as a platform may write it: one string, or per language with zh-CN at least. */
const ServiceName = z.union([
  Text.transform((text) => ({ 'zh-CN': text })),
  z.looseObject({
    'zh-CN': Text,
    'zh-TW': Text.optional().catch(undefined),
    en: Text.optional().catch(undefined),
  }),
]);

const Count = z.coerce.number().int().min(0).max(100_000).nullable().catch(null);

export const QueueServiceIn = z.looseObject({
  service_code: z.string().trim().min(1).max(60),
  name: ServiceName,
  prefix: z.string().regex(/^[A-Z]$/),
  window: z.union([Text, z.number().transform(String)]),
  priority_allowed: z
    .union([z.boolean(), z.enum(['true', 'false']).transform((v) => v === 'true')])
    .catch(false),
  minutes_per_resident: z.coerce.number().min(0.5).max(240).catch(5),
  waiting: Count.optional().transform((v) => v ?? null),
  waiting_priority: Count.optional().transform((v) => v ?? null),
  now_serving: z
    .string()
    .max(20)
    .nullable()
    .optional()
    .catch(null)
    .transform((v) => v ?? null),
});
export type QueueServiceIn = z.output<typeof QueueServiceIn>;

export const QueueServiceList = z.array(z.unknown());

export const QueueTicketIn = z.looseObject({
  client_key: z.string().min(1),
  number: z.string().trim().min(1).max(20),
  waiting_ahead: Count.optional().transform((v) => v ?? null),
  window: z
    .union([Text, z.number().transform(String)])
    .nullable()
    .optional()
    .catch(null)
    .transform((v) => v ?? null),
});
export type QueueTicketIn = z.output<typeof QueueTicketIn>;

/** The first entry is the number; any further entries are ignored. */
export const QueueTicketReply = z.tuple([QueueTicketIn], z.unknown());

/** One press: the kiosk's random key for it, the service, priority or not, the kiosk. */
export const QueuePressOut = z
  .object({
    clientKey: z.uuid(),
    serviceCode: z.string().min(1).max(60),
    priority: z.boolean(),
    kioskId: z.string().regex(/^[A-Z][0-9]{2}$/),
  })
  .strict();
export type QueuePressOut = z.infer<typeof QueuePressOut>;

/** A number the kiosk issued itself while the centre could not be reached. */
export const ReportedNumberOut = QueuePressOut.extend({
  number: z.string().regex(/^[A-Z]P?[0-9]{2,4}-[A-Z][0-9]{2}$/),
  issuedAt: z.iso.datetime(),
}).strict();
export type ReportedNumberOut = z.infer<typeof ReportedNumberOut>;
