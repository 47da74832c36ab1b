// One staff action on a button: its result, whether it is running, and the session ending when
// the kiosk says the session is gone. Shared by the devices and settings screens.
import { useCallback, useState } from 'react';
import { KioskApiError } from '../api/kioskClient.js';

export type StaffCallState<T> =
  | { phase: 'idle' }
  | { phase: 'running' }
  | { phase: 'done'; value: T }
  | { phase: 'failed'; error: KioskApiError | null };

export function useStaffCall<T>(
  run: () => Promise<T>,
  onUnauthorized: () => void,
): [StaffCallState<T>, () => void] {
  const [state, setState] = useState<StaffCallState<T>>({ phase: 'idle' });
  const start = useCallback(() => {
    setState({ phase: 'running' });
    run().then(
      (value) => setState({ phase: 'done', value }),
      (error: unknown) => {
        if (error instanceof KioskApiError && error.code === 'unauthorized') onUnauthorized();
        else setState({ phase: 'failed', error: error instanceof KioskApiError ? error : null });
      },
    );
  }, [run, onUnauthorized]);
  return [state, start];
}
