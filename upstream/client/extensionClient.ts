// What every client of the platform's extensions (surveys, votes, appointments, the queue, the
// fleet) does the same way, written once: the transport built from the client's options, the
// test that a 404 means "this platform has no such extension" rather than the extension's own
// "not found", and the local refusal of a payload that does not match its schema before it is
// sent. The clients keep what differs: their byte caps, their codes, their messages.
import type { z } from 'zod';
import { clientCodes, refuseLocally } from './centreError.js';
import type { CentreClientOptions } from './centreClient.js';
import { errorEntriesOf } from './refusal.js';
import type { HttpAnswer, TransportOptions } from './transport.js';

/** The transport a client's options mean; `defaultMaxReplyBytes` when they set no byte cap. */
export function transportOf(
  options: CentreClientOptions,
  defaultMaxReplyBytes: number,
): TransportOptions {
  return {
    baseUrl: options.baseUrl,
    jurisdictionId: options.jurisdictionId?.trim() || null,
    timeoutMs: options.timeoutMs,
    maxReplyBytes: options.maxReplyBytes ?? defaultMaxReplyBytes,
    fetch: options.fetch ?? ((input, init) => fetch(input, init)),
    now: options.now ?? Date.now,
  };
}

/** A test for "a 404 that is the extension missing": a 404 carrying none of the codes the
 *  extension itself sends (`ownCode`), which would mean the extension is there and said no. */
export function extensionMissingUnless(
  ownCode: (code: string) => boolean,
): (answer: HttpAnswer) => boolean {
  return (answer) =>
    answer.status === 404 && !errorEntriesOf(answer).some((entry) => ownCode(entry.code));
}

/** Path segments are the platform's ids; they are escaped, never trusted to be URL-safe. */
export const segment = (value: string) => encodeURIComponent(value);

/** The payload as its schema reads it, or a local `payload_invalid` refusal naming the first
 *  field that is wrong: "<what> not sent: <field> is invalid." */
export function checkedPayload<Schema extends z.ZodType>(
  schema: Schema,
  payload: unknown,
  what: string,
): z.output<Schema> {
  const parsed = schema.safeParse(payload);
  if (!parsed.success) {
    const where = parsed.error.issues[0]?.path.join('.') ?? '(root)';
    throw refuseLocally(clientCodes.payloadInvalid, `${what} not sent: ${where} is invalid.`);
  }
  return parsed.data;
}
