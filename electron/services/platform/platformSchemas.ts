// What the kiosk accepts as a platform service and definition, whoever produced it: the gateway
// today, the SQLite cache after a restart. The port's types say what the fields are; these
// schemas make sure a broken gateway or a damaged cache row is refused, not half-used. The texts
// a resident will see are cleaned and capped on the way in (platformText.ts).
import { z } from 'zod';
import type {
  PlatformAttribute,
  PlatformDefinition,
  PlatformService,
} from '../upload/centreGateway.js';
import { attributeDatatypes } from '../../../contract/index.js';
import {
  type PlatformTextKind,
  maxKeywords,
  optionalPlatformText,
  platformText,
} from './platformText.js';

const code = z.string().trim().min(1).max(100);
const shown = (kind: PlatformTextKind) => z.string().transform((raw) => platformText(raw, kind));
const shownOrNull = (kind: PlatformTextKind) =>
  z
    .string()
    .nullable()
    .transform((raw) => optionalPlatformText(raw, kind));

export const PlatformServiceSchema = z.object({
  code,
  name: shown('serviceName'),
  description: shownOrNull('description'),
  group: shownOrNull('group'),
  keywords: z.array(z.string()).transform((keywords) =>
    keywords
      .slice(0, maxKeywords * 4)
      .map((keyword) => platformText(keyword, 'keyword'))
      .filter((keyword) => keyword !== '')
      .slice(0, maxKeywords),
  ),
  type: z.enum(['realtime', 'batch', 'blackbox']),
  metadata: z.boolean(),
}) satisfies z.ZodType<PlatformService>;

export const PlatformAttributeSchema = z.object({
  code,
  datatype: z.enum(attributeDatatypes),
  required: z.boolean(),
  variable: z.boolean(),
  description: shown('question'),
  datatypeDescription: shownOrNull('datatypeDescription'),
  order: z.number(),
  values: z.array(z.object({ key: z.string().min(1), name: shown('choiceLabel') })),
}) satisfies z.ZodType<PlatformAttribute>;

export const PlatformDefinitionSchema = z
  .object({ serviceCode: code, attributes: z.array(PlatformAttributeSchema) })
  .refine(
    (definition) =>
      new Set(definition.attributes.map((a) => a.code)).size === definition.attributes.length,
    { message: 'two attributes share a code' },
  ) satisfies z.ZodType<PlatformDefinition>;

/** A list the kiosk will act on: every entry valid, codes unique, not empty. */
export const PlatformServiceListSchema = z
  .array(PlatformServiceSchema)
  .min(1, 'the platform listed no services at all')
  .refine((list) => new Set(list.map((s) => s.code)).size === list.length, {
    message: 'two services share a code',
  });

/** The first issue, as one line for logs and staff: where and what. */
export function firstIssue(error: z.ZodError): string {
  const issue = error.issues[0];
  if (!issue) return 'invalid';
  const where = issue.path.length > 0 ? issue.path.join('.') : 'the value';
  return `${where}: ${issue.message}`;
}
