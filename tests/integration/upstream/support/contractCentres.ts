// What the client's contract tests (clientContract, clientFollowUp) share: reference centres
// started per test and all closed after it, and the CentreError a call is expected to end in.
import { afterEach } from 'vitest';
import { CentreError } from '../../../../upstream/client/index.js';
import { type TestCentre, startTestCentre } from './testCentre.js';

/** Call once at the top of a test file: returns a starter whose centres close after each test. */
export function useTestCentres(): (
  options?: Parameters<typeof startTestCentre>[0],
) => Promise<TestCentre> {
  const centres: TestCentre[] = [];
  afterEach(async () => {
    await Promise.all(centres.splice(0).map((c) => c.close()));
  });
  return async (options = {}) => {
    const started = await startTestCentre(options);
    centres.push(started);
    return started;
  };
}

/** The CentreError `promise` rejects with; fails the test if it succeeds or throws otherwise. */
export async function failure(promise: Promise<unknown>): Promise<CentreError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof CentreError) return error;
    throw error;
  }
  throw new Error('expected a CentreError, but the call succeeded');
}
