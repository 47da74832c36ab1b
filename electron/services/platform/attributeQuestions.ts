// The platform's attributes as questions for the resident, and the check of their answers at
// submit. The kiosk's own facts (ticket, channel, …) are filled in by the kiosk, never asked;
// informational attributes (variable: false) have nothing to answer. Answers are checked as
// strictly as the platform will check them, so a request is refused here, with the resident
// still at the screen, rather than dead-lettered later.
import {
  type AttributeAnswer,
  type AttributeQuestion,
  KioskError,
  attributeStringMaxLength,
  attributeTextMaxLength,
} from '../../../contract/index.js';
import type { PlatformDefinition } from '../upload/centreGateway.js';

/** Attribute codes the kiosk answers itself from the request (the reference centre's names). */
export const kioskFactCodes: ReadonlySet<string> = new Set([
  'channel',
  'kiosk_id',
  'ticket',
  'lookup_code',
  'category',
  'urgency',
  'emergency',
  'language',
  'grid_id',
  'submitted_at',
]);

export function questionsOf(definition: PlatformDefinition | null): AttributeQuestion[] {
  if (!definition) return [];
  return definition.attributes
    .filter((attribute) => attribute.variable && !kioskFactCodes.has(attribute.code))
    .sort((a, b) => a.order - b.order || a.code.localeCompare(b.code))
    .map((attribute) => ({
      code: attribute.code,
      datatype: attribute.datatype,
      required: attribute.required,
      description: attribute.description,
      datatypeDescription: attribute.datatypeDescription,
      order: attribute.order,
      values: attribute.values.map(({ key, name }) => ({ key, name })),
      maxLength:
        attribute.datatype === 'string'
          ? attributeStringMaxLength
          : attribute.datatype === 'text'
            ? attributeTextMaxLength
            : null,
    }));
}

/** Every attribute code the definition lets a client send (kiosk facts included). */
export function declaredAttributeCodes(definition: PlatformDefinition | null): string[] {
  return definition
    ? definition.attributes.filter((a) => a.variable).map((attribute) => attribute.code)
    : [];
}

const decimal = /^-?(0|[1-9][0-9]*)(\.[0-9]+)?$/;
/** W3C date-time profile of ISO 8601: a complete date, optionally a time with a zone. */
const w3cDateTime =
  /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])(T([01]\d|2[0-3]):[0-5]\d(:[0-5]\d(\.\d+)?)?(Z|[+-]([01]\d|2[0-3]):[0-5]\d))?$/;

const refuse = (message: string, code: string): never => {
  throw new KioskError('invalid-input', message, ['attributes', code]);
};

const isBlank = (answer: AttributeAnswer | undefined): boolean =>
  answer === undefined || (typeof answer === 'string' ? answer.trim() === '' : answer.length === 0);

/**
 * The answers as they will be stored and sent, or an invalid-input error whose message is the
 * rule broken (attribute-required, attribute-undeclared, attribute-not-a-choice, …) and whose
 * path is ["attributes", code].
 */
export function checkAnswers(
  questions: readonly AttributeQuestion[],
  answers: Readonly<Record<string, AttributeAnswer>>,
): Record<string, string | string[]> {
  const byCode = new Map(questions.map((question) => [question.code, question]));
  for (const code of Object.keys(answers)) {
    if (!byCode.has(code)) refuse('attribute-undeclared', code);
  }
  const checked: Record<string, string | string[]> = {};
  for (const question of questions) {
    const answer = answers[question.code];
    if (answer === undefined || isBlank(answer)) {
      if (question.required) refuse('attribute-required', question.code);
      continue;
    }
    const keys = new Set(question.values.map((value) => value.key));
    if (question.datatype === 'multivaluelist') {
      if (typeof answer === 'string') return refuse('attribute-wrong-shape', question.code);
      if (new Set(answer).size !== answer.length || answer.some((key) => !keys.has(key)))
        refuse('attribute-not-a-choice', question.code);
      checked[question.code] = [...answer];
      continue;
    }
    if (typeof answer !== 'string') return refuse('attribute-wrong-shape', question.code);
    const text = answer.trim();
    switch (question.datatype) {
      case 'singlevaluelist':
        if (!keys.has(text)) refuse('attribute-not-a-choice', question.code);
        break;
      case 'number':
        if (!decimal.test(text)) refuse('attribute-not-a-number', question.code);
        break;
      case 'datetime':
        if (!w3cDateTime.test(text) || Number.isNaN(Date.parse(text)))
          refuse('attribute-not-a-datetime', question.code);
        break;
      case 'string':
      case 'text':
        if (text.length > (question.maxLength ?? attributeTextMaxLength))
          refuse('attribute-too-long', question.code);
        break;
    }
    checked[question.code] = text;
  }
  return checked;
}
