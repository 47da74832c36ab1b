// A service that has already checked its own reply against the contract (intake does, so a bad
// match can be dropped rather than fail a saved request) marks it here, and the dispatcher does
// not check the same value against the same schema a second time: on a slow kiosk PC each check
// of a submit's reply cost milliseconds (issue 16). The mark is the parse's own output, a fresh
// object nobody else holds, and it names the schema it passed, so a value checked against
// anything else is checked again.
import type { z } from 'zod';

const checkedAgainst = new WeakMap<object, z.ZodType>();

/** Parses `value` with `schema` and remembers that the result passed it. */
export function parseAndMark<S extends z.ZodType>(schema: S, value: unknown): z.output<S> {
  const parsed = schema.parse(value);
  if (typeof parsed === 'object' && parsed !== null) checkedAgainst.set(parsed, schema);
  return parsed;
}

/** Whether `value` is the very output of parseAndMark with this `schema`. */
export function alreadyChecked(schema: z.ZodType, value: unknown): boolean {
  return typeof value === 'object' && value !== null && checkedAgainst.get(value) === schema;
}
