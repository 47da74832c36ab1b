// One call the resident starts with a tap (submit, look up, rate): at most one at a time, its
// failure kept as a stable error code for the screen to put into words.
import { useCallback, useEffect, useRef, useState } from 'react';
import type { ErrorCode } from '../../../contract/index.js';
import { KioskApiError } from './kioskClient.js';

export interface ActionState {
  pending: boolean;
  /** The contract's error code of the last failure, 'unavailable' for anything unexpected. */
  error: ErrorCode | null;
  /** The services' own reason for the last failure (a stable word such as attribute-required). */
  reason: string | null;
  /** Where the input was wrong, as the services said; null when they did not say. */
  path: (string | number)[] | null;
}

const idle = { pending: false, error: null, reason: null, path: null } as const;

export function errorCodeOf(error: unknown): ErrorCode {
  return error instanceof KioskApiError ? error.code : 'unavailable';
}

export function useAction<A extends unknown[], R>(
  action: (...args: A) => Promise<R>,
  onDone: (result: R) => void,
): [(...args: A) => void, ActionState] {
  const [state, setState] = useState<ActionState>(idle);
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
      setState({ ...idle, pending: true });
      action(...args).then(
        (result) => {
          busy.current = false;
          if (!mounted.current) return;
          setState(idle);
          onDone(result);
        },
        (error: unknown) => {
          busy.current = false;
          if (!mounted.current) return;
          const known = error instanceof KioskApiError;
          setState({
            pending: false,
            error: errorCodeOf(error),
            reason: known ? error.message : null,
            path: known ? (error.path ?? null) : null,
          });
        },
      );
    },
    [action, onDone],
  );
  return [run, state];
}
