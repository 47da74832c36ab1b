// One staff action at a time from a staff screen: runs the call, remembers that it is running
// (so its button is disabled), hands back a lapsed session to end staff mode, and keeps any
// other failure's code for the screen to show in plain words.
import { useCallback, useState } from 'react';
import { KioskApiError } from '../../api/kioskClient.js';

export interface StaffAction {
  pending: boolean;
  /** The failure's message code, or null. */
  error: string | null;
  run<T>(work: () => Promise<T>, onDone: (value: T) => void): void;
}

export function useStaffAction(onUnauthorized: () => void): StaffAction {
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const run = useCallback(
    <T>(work: () => Promise<T>, onDone: (value: T) => void) => {
      setPending(true);
      setError(null);
      work().then(
        (value) => {
          setPending(false);
          onDone(value);
        },
        (failure: unknown) => {
          setPending(false);
          if (failure instanceof KioskApiError && failure.code === 'unauthorized') onUnauthorized();
          else setError(failure instanceof Error ? failure.message : 'unavailable');
        },
      );
    },
    [onUnauthorized],
  );
  return { pending, error, run };
}
