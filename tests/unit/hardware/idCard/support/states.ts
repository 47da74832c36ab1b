// Records a reader's states for assertions, with card numbers masked so a failing test's output
// never prints a full ID number.
import type { IdCardReader } from '../../../../../hardware/idCard/reader/cardReader.js';
import type { ReaderState } from '../../../../../hardware/idCard/reader/readerState.js';

export interface StateLog {
  readonly states: ReaderState[];
  /** State names, with the error code or card kind appended: 'error:no-card', 'read:resident'. */
  names(): string[];
  stop(): void;
}

export function recordStates(reader: IdCardReader): StateLog {
  const states: ReaderState[] = [];
  const stop = reader.subscribe((state) => states.push(state));
  return {
    states,
    names: () =>
      states.map((state) => {
        if (state.state === 'error') return `error:${state.code}`;
        if (state.state === 'read') return `read:${state.card.kind}`;
        return state.state;
      }),
    stop,
  };
}

/** Resolves when `reader` reports a state matching `predicate` (checked from now on). */
export function waitForState(
  reader: IdCardReader,
  predicate: (state: ReaderState) => boolean,
  timeoutMs = 10_000,
): Promise<ReaderState> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      unsubscribe();
      reject(new Error(`no matching reader state within ${timeoutMs} ms`));
    }, timeoutMs);
    const unsubscribe = reader.subscribe((state) => {
      if (!predicate(state)) return;
      clearTimeout(timer);
      unsubscribe();
      resolve(state);
    });
  });
}
