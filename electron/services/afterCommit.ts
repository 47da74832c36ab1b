// The steps that follow a committed save (matching, the receipt, printing, telling the upload
// worker) must never turn into a failed reply: the resident would read "could not be sent, tap
// again" for a request that is already stored, and a second tap makes a second request. Each
// step falls back to less, and its failure is logged by kind, never with what the resident gave.
import { errorFields } from './errorFields.js';
import type { Logger } from './logger.js';

export type AfterCommitStep = <T>(step: string, run: () => T, fallback: () => T) => T;

/** `context` names the saved thing without personal data (a ticket number, say). */
export function afterCommit(logger: Logger, context: Record<string, unknown>): AfterCommitStep {
  return (step, run, fallback) => {
    try {
      return run();
    } catch (error) {
      logger.error('a step after the save failed; the save stands', {
        step,
        ...context,
        ...errorFields(error),
      });
      return fallback();
    }
  };
}
