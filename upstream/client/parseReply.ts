// A 2xx body is data only once the contract's schema accepts it. Anything else — not JSON, cut
// short, an HTML page, the wrong shape — is a retryable failure and never reaches the caller.
import type { z } from 'zod';
import { CentreError } from './centreError.js';
import type { HttpAnswer } from './transport.js';
import { clientCodes } from './transport.js';

function invalid(answer: HttpAnswer, description: string, cause?: unknown): CentreError {
  return new CentreError(
    {
      kind: 'retryable',
      code: clientCodes.replyInvalid,
      description,
      status: answer.status,
      retryAfterMs: null,
      upstreamErrors: [],
    },
    { cause },
  );
}

export function parseReply<S extends z.ZodType>(answer: HttpAnswer, schema: S): z.output<S> {
  const type = answer.headers.get('content-type');
  if (type !== null && !/\bjson\b/i.test(type)) {
    throw invalid(answer, `The reply is ${type}, not JSON.`);
  }
  let json: unknown;
  try {
    json = JSON.parse(answer.text);
  } catch (error) {
    throw invalid(answer, 'The reply is not valid JSON.', error);
  }
  const parsed = schema.safeParse(json);
  if (!parsed.success) {
    const where = parsed.error.issues
      .slice(0, 3)
      .map((issue) => `${issue.path.join('.') || '(root)'}: ${issue.message}`)
      .join('; ');
    throw invalid(answer, `The reply does not match the contract: ${where}`, parsed.error);
  }
  return parsed.data;
}
