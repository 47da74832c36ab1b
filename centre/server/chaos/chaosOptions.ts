// Fault injection for the kiosk's store-and-forward tests. Each probability is per request; their
// sum is the chance of any fault. A fault happens BEFORE the call is handled (nothing stored) or
// AFTER it (stored, but the reply is lost, mangled or late: the case idempotency keys exist for).
import { z } from 'zod';

const probability = z.number().min(0).max(1);

export const faultNames = [
  'error500',
  'rateLimit429',
  'hang',
  'drop',
  'malformed',
  'slow',
] as const;
export type FaultName = (typeof faultNames)[number];

export const ChaosOptions = z
  .object({
    seed: z.number().int(),
    /** 500 with an Open311 error body. */
    error500: probability.default(0),
    /** 429 with Retry-After: retryAfterSeconds. */
    rateLimit429: probability.default(0),
    retryAfterSeconds: z.number().int().min(0).max(3600).default(1),
    /** Never answers; the client's timeout is the only way out. */
    hang: probability.default(0),
    /** Destroys the connection without a reply. */
    drop: probability.default(0),
    /** Truncated JSON, JSON of the wrong shape, or an HTML page (200 or 502). */
    malformed: probability.default(0),
    /**
     * Handles the call (a POST is stored) and answers only after slowMs, longer than a client's
     * timeout: the reply arrives too late, so exactly-once depends on the client's look-up or key.
     * Always applied after handling.
     */
    slow: probability.default(0),
    slowMs: z.number().int().min(0).max(600_000).default(15_000),
    /** Of the faults, the share applied after the call was handled (and stored). */
    afterShare: probability.default(0.5),
  })
  .strict()
  .refine(
    (options) => faultNames.reduce((sum, name) => sum + options[name], 0) <= 1 + 1e-9,
    'The fault probabilities add up to more than 1.',
  );
export type ChaosOptions = z.input<typeof ChaosOptions>;
export type ResolvedChaosOptions = z.output<typeof ChaosOptions>;

/** CENTRE_CHAOS is JSON, e.g. {"seed":7,"error500":0.1,"hang":0.05}. */
export function parseChaosEnv(raw: string | undefined): ResolvedChaosOptions | null {
  if (raw === undefined || raw.trim() === '') return null;
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch {
    throw new Error('CENTRE_CHAOS must be JSON, e.g. {"seed":7,"error500":0.1}.');
  }
  const parsed = ChaosOptions.safeParse(json);
  if (!parsed.success) {
    throw new Error(`CENTRE_CHAOS is invalid: ${z.prettifyError(parsed.error)}`);
  }
  return parsed.data;
}
