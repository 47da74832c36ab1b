// Which of a platform's error entries to show, and whether a refusal means "already there".
// Platforms in the field often open the list with a generic entry ("Error in input for
// POST_Service_Request", code 400) and put the useful one later; and some refuse a repeat of an
// identical request as "a duplicate", which after a lost reply means it was stored the first time.
/** An error entry as read (errors.ts) or as kept by the kiosk. */
export interface ErrorEntry {
  code: string;
  description: string;
}

/** The code the client gives a refusal that says the request is already on the platform. */
export const duplicateCode = 'duplicate';

const genericDescriptions = [
  /^error in input\b/i,
  /^(bad|invalid) (request|input)\.?$/i,
  /^(an? )?(error|errors) (occurred|happened)\.?$/i,
  /^(validation|request) (failed|error)\.?$/i,
  /^error\.?$/i,
];
const genericCodes = new Set(['error', 'errors', 'bad_request', 'invalid_request', 'invalid']);

/** An entry that only repeats the HTTP status or says "something was wrong". */
export function isGenericError(entry: ErrorEntry): boolean {
  const code = entry.code.trim().toLowerCase();
  const description = entry.description.trim();
  if (description === '') return true;
  if (genericDescriptions.some((pattern) => pattern.test(description))) return true;
  return (/^\d+$/.test(code) || genericCodes.has(code)) && description.length < 12;
}

/** The entry worth a line in the log: the first specific one, else the first of all. */
export function mostUsefulError<E extends ErrorEntry>(entries: readonly E[]): E | undefined {
  return entries.find((entry) => !isGenericError(entry)) ?? entries[0];
}

const duplicateWords =
  /\bduplicated?\b|\balready (been )?(exists?|stored|submitted|reported|received)\b|重复/i;

/** Does a refusal say the request is a duplicate of one the platform already holds? */
export function looksLikeDuplicate(status: number, entries: readonly ErrorEntry[]): boolean {
  if (status !== 400 && status !== 409 && status !== 422) return false;
  return entries.some(
    (entry) =>
      duplicateWords.test(entry.code.replace(/_/g, ' ')) || duplicateWords.test(entry.description),
  );
}
