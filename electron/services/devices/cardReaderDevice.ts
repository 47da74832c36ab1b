// The kiosk's ID card reader as the services see it: started once, its latest state kept for the
// status display, and one read at a time for the journeys.
import type { DeviceStatus } from '../../../contract/index.js';
import {
  type CardReaderSpec,
  type IdCard,
  type IdCardReader,
  type ReaderErrorCode,
  type ReaderSimulator,
  type ReaderState,
  createCardReader,
  formatCardReaderSpec,
  nextCard,
} from '../../../hardware/idCard/index.js';
import type { Logger } from '../logger.js';

export type CardReadOutcome =
  | { outcome: 'card'; card: IdCard }
  | { outcome: 'no-card' }
  | { outcome: 'error'; code: ReaderErrorCode };

export interface CardReaderDevice {
  status(): DeviceStatus;
  state(): ReaderState['state'];
  /** The state once it is no longer `seen`, or as it is after `waitMs`. */
  stateOtherThan(seen: ReaderState['state'], waitMs: number): Promise<ReaderState['state']>;
  /**
   * Waits up to waitMs for the next card; a newer read cancels an older one. A reader that is
   * not connected answers at once: { outcome: 'error', code: 'reader-not-connected' }.
   */
  read(waitMs: number): Promise<CardReadOutcome>;
  /** Gives up a pending read (the visit ended): the next resident's card must not answer it. */
  cancelRead(): void;
  /** Only with the simulator; undefined on a real reader. */
  simulator: ReaderSimulator | undefined;
  close(): Promise<void>;
}

function toDeviceStatus(driver: string, state: ReaderState): DeviceStatus {
  switch (state.state) {
    case 'waiting':
      return { driver, state: 'ready' };
    case 'reading':
    case 'read':
    case 'remove-card':
      return { driver, state: 'busy' };
    case 'error':
      return { driver, state: 'ready', detail: `last read failed: ${state.code}` };
    case 'disconnected':
      // The current cause only, and since when: a new cause replaces the old one.
      return {
        driver,
        state: 'disconnected',
        detail: `${state.reason} (since ${new Date(state.since).toISOString()})`,
      };
    case 'stopped':
      return { driver, state: 'disconnected', detail: 'stopped' };
  }
}

/** A demo reader answers as slowly as a real one, so "keep the card still" is seen. */
export const demoSimulatorReadDelayMs = 600;

export function openCardReaderDevice(
  spec: CardReaderSpec,
  logger: Logger,
  options: { simulatorReadDelayMs?: number } = {},
): CardReaderDevice {
  const driver = formatCardReaderSpec(spec);
  const handle = createCardReader(spec, {
    onListenerError: (error) =>
      logger.error('card reader listener failed', { error: String(error) }),
    ...(options.simulatorReadDelayMs
      ? { simulator: { readDelayMs: options.simulatorReadDelayMs } }
      : {}),
  });
  const reader: IdCardReader = handle.reader;
  let latest: ReaderState = reader.getState();
  const stateWaiters = new Set<() => void>();
  reader.subscribe((state) => {
    if (state.state === 'disconnected' && latest.state !== 'disconnected') {
      logger.warn('card reader disconnected', { driver, reason: state.reason });
    }
    // The state may carry a card; only its name goes into memory here, never into a log.
    latest = state;
    for (const wake of [...stateWaiters]) wake();
  });
  reader.start();
  let current: AbortController | undefined;

  return {
    status: () => toDeviceStatus(driver, latest),
    state: () => latest.state,
    stateOtherThan: (seen, waitMs) =>
      new Promise((resolve) => {
        if (latest.state !== seen || waitMs === 0) return resolve(latest.state);
        const wake = () => {
          if (latest.state === seen) return;
          clearTimeout(timer);
          stateWaiters.delete(wake);
          resolve(latest.state);
        };
        const timer = setTimeout(() => {
          stateWaiters.delete(wake);
          resolve(latest.state);
        }, waitMs);
        stateWaiters.add(wake);
      }),
    simulator: handle.simulator,
    async read(waitMs) {
      current?.abort(new Error('superseded'));
      const controller = new AbortController();
      current = controller;
      const timer = setTimeout(() => controller.abort(new Error('timeout')), waitMs);
      try {
        const result = await nextCard(reader, controller.signal);
        return result.ok
          ? { outcome: 'card', card: result.card }
          : { outcome: 'error', code: result.code };
      } catch {
        return { outcome: 'no-card' };
      } finally {
        clearTimeout(timer);
        if (current === controller) current = undefined;
      }
    },
    cancelRead: () => current?.abort(new Error('visit ended')),
    close: async () => {
      current?.abort(new Error('closing'));
      await reader.stop();
    },
  };
}
