// For a journey that wants "the next card or the reason there is none": resolves on the next 'read'
// or 'error', or when the reader disconnects. Cancel it with an AbortSignal (e.g. a screen timeout).
// A reader that is not connected (disconnected, or stopped) answers at once with
// 'reader-not-connected': waiting out the screen's time would only end in a false "no card".
import type { IdCard } from '../card/cardTypes.js';
import type { IdCardReader } from './cardReader.js';
import type { ReaderErrorCode } from './readerState.js';

export type NextCardResult =
  | { readonly ok: true; readonly card: IdCard }
  | { readonly ok: false; readonly code: ReaderErrorCode; readonly field?: string };

export function nextCard(reader: IdCardReader, signal?: AbortSignal): Promise<NextCardResult> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(signal.reason);
    const now = reader.getState().state;
    if (now === 'disconnected' || now === 'stopped') {
      return resolve({ ok: false, code: 'reader-not-connected' });
    }
    const finish = (result: NextCardResult): void => {
      unsubscribe();
      signal?.removeEventListener('abort', onAbort);
      resolve(result);
    };
    const onAbort = (): void => {
      unsubscribe();
      reject(signal?.reason);
    };
    const unsubscribe = reader.subscribe((state) => {
      if (state.state === 'read') finish({ ok: true, card: state.card });
      else if (state.state === 'error') {
        finish({ ok: false, code: state.code, ...(state.field ? { field: state.field } : {}) });
      } else if (state.state === 'disconnected' || state.state === 'stopped') {
        finish({ ok: false, code: 'reader-not-connected' });
      }
    });
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}
