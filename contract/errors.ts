import { z } from 'zod';

/** Stable error codes: the UI and tests branch on these, so never rename one. */
export const errorCodes = [
  'invalid-input',
  'not-found',
  'not-allowed',
  'unknown-call',
  'unauthorized',
  'unavailable',
  'internal',
] as const;
export const ErrorCode = z.enum(errorCodes);
export type ErrorCode = z.infer<typeof ErrorCode>;

export const ApiError = z.object({
  code: ErrorCode,
  message: z.string(),
  /** Where the input was wrong, e.g. ["language"], for a field-level hint on screen. */
  path: z.array(z.union([z.string(), z.number()])).optional(),
});
export type ApiError = z.infer<typeof ApiError>;

/** Every reply on every transport (IPC, HTTP) has this shape. */
export type ApiReply<T> = { ok: true; value: T } | { ok: false; error: ApiError };

export const ApiReplyEnvelope = z.discriminatedUnion('ok', [
  z.object({ ok: z.literal(true), value: z.unknown() }),
  z.object({ ok: z.literal(false), error: ApiError }),
]);

/** Thrown by services for an expected failure; the dispatcher turns it into an ApiError. */
export class KioskError extends Error {
  readonly code: ErrorCode;
  readonly path: (string | number)[] | undefined;
  constructor(code: ErrorCode, message: string, path?: (string | number)[]) {
    super(message);
    this.name = 'KioskError';
    this.code = code;
    this.path = path;
  }
}
