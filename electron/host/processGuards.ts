// What the host process does with an error nothing caught. Node's default is to end the
// process, and a host that ends leaves the kiosk window in front of a resident with nothing
// behind it: every tap fails until someone restarts the machine.
//
// The decision: log it (kind, code and where, never the message, which may quote input) and
// keep serving. That is safe here because the state that matters cannot be left half-written:
// every request, rating and print job is one SQLite transaction, committed or rolled back whole,
// and the HTTP handlers no longer let anything throw out (httpHost.ts). What still reaches this
// point is a background task (a print, an upload tick, a device poll) that gave up; its own
// retry or the next resident's action starts it again. The in-memory state (the card session,
// visit settings) is per visit and is reset by the next visit anyway.
//
// The one case where serving on would be a lie is a storm: the same failure many times a minute
// means something is stuck in a loop, so the guard logs each kind at most once a minute and,
// past `stormLimit` in a minute, hands over to `onStorm` (the host entry points stop cleanly
// and exit 70 for the service manager to start a fresh process; Electron relaunches itself).
import { errorFields } from '../services/errorFields.js';
import type { Logger } from '../services/logger.js';
import { createThrottledLog } from './throttledLog.js';

export interface GuardedProcess {
  on(event: 'unhandledRejection', listener: (reason: unknown) => void): unknown;
  on(event: 'uncaughtException', listener: (error: Error) => void): unknown;
}

export interface ProcessGuardOptions {
  logger: Logger;
  onStorm: () => void;
  now?: () => number;
  stormLimit?: number;
}

export function guardProcess(target: GuardedProcess, options: ProcessGuardOptions): void {
  const now = options.now ?? Date.now;
  const stormLimit = options.stormLimit ?? 50;
  const log = createThrottledLog(options.logger, 'uncaught error; still serving', now);
  let windowStart = now();
  let inWindow = 0;
  let stormed = false;

  const caught = (origin: 'rejection' | 'exception', error: unknown) => {
    const fields = errorFields(error);
    log(`${origin}:${fields.errorName}:${fields.errorCode ?? ''}`, { origin, ...fields });
    const at = now();
    if (at - windowStart >= 60_000) {
      windowStart = at;
      inWindow = 0;
    }
    inWindow += 1;
    if (inWindow > stormLimit && !stormed) {
      stormed = true;
      options.logger.error('uncaught errors in a loop; restarting the host', {
        perMinute: inWindow,
        ...fields,
      });
      options.onStorm();
    }
  };
  target.on('unhandledRejection', (reason) => caught('rejection', reason));
  target.on('uncaughtException', (error) => caught('exception', error));
}
