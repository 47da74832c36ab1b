// Text the platform sends (service names, groups, descriptions, keywords, question texts and
// choice labels) is shown on the kiosk's screen and printed on receipts, and the kiosk does not
// control who writes it. It goes through the same rule as what residents type (text/plainText.ts:
// no C0/C1 controls, bidi overrides, zero-width or other invisible characters; NFC), then is cut
// to a size a screen and a receipt can hold, with an ellipsis (capText). Tolerant: a too-long
// name is cut, not refused. A record with nothing readable left (a name of only control
// characters, a choice without a label) is skipped with a log line naming its code, and a
// question list too long to show is cut to its first choices. Codes and choice keys are the
// platform's identifiers, sent back as they came, and are not touched here.
import { capText } from '../../../text/capText.js';
import { cleanPlainText } from '../../../text/plainText.js';
import type { Logger } from '../logger.js';
import type { PlatformDefinition, PlatformService } from '../upload/centreGateway.js';

/** Characters each kind of text may keep, the ellipsis included. */
export const platformTextLimits = {
  serviceName: 80,
  group: 60,
  description: 500,
  keyword: 40,
  question: 300,
  datatypeDescription: 200,
  choiceLabel: 80,
} as const;
/** Keywords kept per service, and choices per question: more cannot be shown or matched well. */
export const maxKeywords = 30;
export const maxChoices = 200;

/**
 * Cleaning is linear, but a 100 KB name need not be cleaned whole to keep 80 characters: the
 * first rawWindow code units are plenty (invisible characters beyond it are dropped anyway).
 */
const rawWindow = 8_192;

export type PlatformTextKind = keyof typeof platformTextLimits;

/** The text as it may be shown: cleaned, on one line unless a description, and capped. */
export function platformText(raw: string, kind: PlatformTextKind): string {
  const multiline = kind === 'description' || kind === 'question';
  const cleaned = cleanPlainText(raw.slice(0, rawWindow), { multiline });
  return capText(cleaned, platformTextLimits[kind]);
}

/** For an optional field: null when nothing readable is left. */
export function optionalPlatformText(raw: string | null, kind: PlatformTextKind): string | null {
  if (raw === null) return null;
  const text = platformText(raw, kind);
  return text === '' ? null : text;
}

/** The services with a readable name; each one without is logged and left out. */
export function keepNamedServices<S extends PlatformService>(services: S[], logger: Logger): S[] {
  return services.filter((service) => {
    if (service.name !== '') return true;
    logger.warn('a platform service has no readable name; not offered', {
      serviceCode: service.code,
    });
    return false;
  });
}

export type ShowableDefinition =
  { kind: 'ok'; definition: PlatformDefinition } | { kind: 'unusable'; reason: string };

/**
 * The definition with its unreadable choices and optional questions left out (each logged) and
 * over-long choice lists cut. A required question with no readable text or no readable choice
 * cannot be asked, and without its answer the platform refuses every request: the definition is
 * then unusable, as if it could not be read.
 */
export function showableDefinition(
  definition: PlatformDefinition,
  logger: Logger,
): ShowableDefinition {
  const attributes = [];
  for (const attribute of definition.attributes) {
    const where = { serviceCode: definition.serviceCode, attributeCode: attribute.code };
    const labelled = attribute.values.filter((value) => value.name !== '');
    if (labelled.length < attribute.values.length) {
      logger.warn('platform choices without a readable label; left out', {
        ...where,
        choices: attribute.values.length - labelled.length,
      });
    }
    if (labelled.length > maxChoices) {
      logger.warn('a platform question has too many choices to show; keeping the first', {
        ...where,
        choices: labelled.length,
        kept: maxChoices,
      });
    }
    const values = labelled.slice(0, maxChoices);
    const isList =
      attribute.datatype === 'singlevaluelist' || attribute.datatype === 'multivaluelist';
    const askable = attribute.description !== '' && (!isList || values.length > 0);
    if (!askable && attribute.variable && attribute.required) {
      return {
        kind: 'unusable',
        reason: `required attribute ${attribute.code} has no readable question or choice`,
      };
    }
    if (!askable) {
      logger.warn('a platform question has no readable text or choice; not asked', where);
      continue;
    }
    attributes.push({ ...attribute, values });
  }
  return { kind: 'ok', definition: { serviceCode: definition.serviceCode, attributes } };
}
