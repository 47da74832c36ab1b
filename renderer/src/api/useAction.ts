// One call the resident starts with a tap (submit, look up, rate): at most one at a time, its
// failure kept as a stable error code for the screen to put into words. A screen may show the
// call as pending only once it has taken a moment (pendingShownAfterMs): a quick reply then goes
// straight to what follows, without drawing the screen a second time in between.
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

export interface ActionOptions {
  /** Shows the call as pending only after this long (0: at once). A second tap is ignored all
   *  the same while the call runs. */
  pendingShownAfterMs?: number;
}

export function useAction<A extends unknown[], R>(
  action: (...args: A) => Promise<R>,
  onDone: (result: R) => void,
  { pendingShownAfterMs = 0 }: ActionOptions = {},
): [(...args: A) => void, ActionState] {
  const [state, setState] = useState<ActionState>(idle);
  const busy = useRef(false);
  const mounted = useRef(true);
  const pendingTimer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  useEffect(() => {
    mounted.current = true;
    return () => {
      mounted.current = false;
      clearTimeout(pendingTimer.current);
    };
  }, []);

  const run = useCallback(
    (...args: A) => {
      if (busy.current) return;
      busy.current = true;
      const showPending = () => setState({ ...idle, pending: true });
      if (pendingShownAfterMs > 0) {
        // The last failure's words go at once (no drawing when there are none).
        setState((current) => (current.error ? idle : current));
        pendingTimer.current = setTimeout(showPending, pendingShownAfterMs);
      } else showPending();
      const settled = () => {
        busy.current = false;
        clearTimeout(pendingTimer.current);
      };
      action(...args).then(
        (result) => {
          settled();
          if (!mounted.current) return;
          setState(idle);
          onDone(result);
        },
        (error: unknown) => {
          settled();
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
    [action, onDone, pendingShownAfterMs],
  );
  return [run, state];
}
