// "Can the kiosk reach the centre?" for staff: one call to the Open311 base for its services
// list, timed, and in plain words how it ended. The address is shown without its query string;
// the key is never part of it.
import type { ConnectionTestResult } from '../../../contract/staffTools.js';
import type { CentreGateway, FailureClassifier } from '../upload/centreGateway.js';

export function addressWithoutQuery(url: string): string {
  if (!URL.canParse(url)) return '';
  const parsed = new URL(url);
  return `${parsed.origin}${parsed.pathname}`;
}

export async function testCentreConnection(deps: {
  gateway: Pick<CentreGateway, 'getServices'> | undefined;
  upstreamUrl: string;
  classify: FailureClassifier;
  /** A monotonic clock in milliseconds (performance.now in the kiosk). */
  elapsedClock: () => number;
}): Promise<ConnectionTestResult> {
  const address = addressWithoutQuery(deps.upstreamUrl);
  if (!deps.gateway) {
    return { outcome: 'not-configured', address, services: null, elapsedMs: 0, problem: null };
  }
  const started = deps.elapsedClock();
  const elapsed = () => Math.max(0, Math.round(deps.elapsedClock() - started));
  try {
    const services = await deps.gateway.getServices();
    return {
      outcome: 'reached',
      address,
      services: services.length,
      elapsedMs: elapsed(),
      problem: null,
    };
  } catch (error) {
    return {
      outcome: 'failed',
      address,
      services: null,
      elapsedMs: elapsed(),
      problem: deps.classify(error).reason,
    };
  }
}
