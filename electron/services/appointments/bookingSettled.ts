// Told when the centre's answer about a booking has been recorded (the worker's round has
// committed it), so a booking made while the centre is reachable can print its receipt as
// "confirmed" instead of "waiting for confirmation" without polling the database. One signal
// per process: the outbox senders are module-level, like the registry that lists them.
import { EventEmitter } from 'node:events';

const settled = new EventEmitter();
settled.setMaxListeners(0);

/** Called by the sender inside the worker's transaction: listeners hear after it commits. */
export function announceBookingSettled(code: string): void {
  setImmediate(() => settled.emit(code));
}

/** Resolves when the booking is settled or after `waitMs`, whichever is first. */
export function bookingSettled(code: string, waitMs: number): Promise<void> {
  return new Promise((resolve) => {
    const done = () => {
      clearTimeout(timer);
      settled.off(code, done);
      resolve();
    };
    const timer = setTimeout(done, waitMs);
    settled.on(code, done);
  });
}
