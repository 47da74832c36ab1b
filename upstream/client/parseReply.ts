// A 2xx body is data only once the wire schema accepts it. Anything else — not JSON, cut short,
// an HTML page, the wrong shape — is a retryable failure and never reaches the caller. A list
// reply is read entry by entry instead: the readable entries come back, the rest are counted.
import type { z } from 'zod';
import { type ReadEach, readEach } from '../wire/readEach.js';
import { clientCodes, retryableFailure } from './centreError.js';
import type { HttpAnswer } from './transport.js';

const invalid = (answer: HttpAnswer, description: string, cause?: unknown) =>
  retryableFailure(clientCodes.replyInvalid, description, answer.status, cause);

export function parseJson(answer: HttpAnswer): unknown {
  const type = answer.headers.get('content-type');
  if (type !== null && !/\bjson\b/i.test(type)) {
    throw invalid(answer, `The reply is ${type.slice(0, 80)}, not JSON.`);
  }
  try {
    return JSON.parse(answer.text);
  } catch (error) {
    throw invalid(answer, 'The reply is not valid JSON.', error);
  }
}

export function parseReply<S extends z.ZodType>(answer: HttpAnswer, schema: S): z.output<S> {
  const parsed = schema.safeParse(parseJson(answer));
  if (!parsed.success) {
    const where = parsed.error.issues
      .slice(0, 3)
      .map((issue) => `${issue.path.join('.') || '(root)'}: ${issue.message}`)
      .join('; ');
    throw invalid(answer, `The reply does not match the contract: ${where}`, parsed.error);
  }
  return parsed.data;
}

/** A JSON list whose entries are read one by one; a reply that is not a list is invalid. */
export function parseListReply<S extends z.ZodType>(
  answer: HttpAnswer,
  schema: S,
): ReadEach<z.output<S>> {
  const json = parseJson(answer);
  if (!Array.isArray(json)) throw invalid(answer, 'The reply is not a JSON list.');
  return readEach(json, schema);
}
