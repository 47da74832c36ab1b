// One call the resident starts with a tap (submit, look up, rate): at most one at a time, its
// failure kept as a stable error code for the screen to put into words.
import { useCallback, useEffect, useRef, useState } from 'react';
import type { ErrorCode } from '../../../contract/index.js';
import { KioskApiError } from './kioskClient.js';

export interface ActionState {
  pending: boolean;
  /** The contract's error code of the last failure, 'unavailable' for anything unexpected. */
  error: ErrorCode | null;
}

export function errorCodeOf(error: unknown): ErrorCode {
  return error instanceof KioskApiError ? error.code : 'unavailable';
}

export function useAction<A extends unknown[], R>(
  action: (...args: A) => Promise<R>,
  onDone: (result: R) => void,
): [(...args: A) => void, ActionState] {
  const [state, setState] = useState<ActionState>({ pending: false, error: null });
  const busy = useRef(false);
  const mounted = useRef(true);
  useEffect(() => {
    mounted.current = true;
    return () => {
      mounted.current = false;
    };
  }, []);

  const run = useCallback(
    (...args: A) => {
      if (busy.current) return;
      busy.current = true;
      setState({ pending: true, error: null });
      action(...args).then(
        (result) => {
          busy.current = false;
          if (!mounted.current) return;
          setState({ pending: false, error: null });
          onDone(result);
        },
        (error: unknown) => {
          busy.current = false;
          if (mounted.current) setState({ pending: false, error: errorCodeOf(error) });
        },
      );
    },
    [action, onDone],
  );
  return [run, state];
}
