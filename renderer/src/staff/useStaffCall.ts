// One staff action on a button: its result, whether it is running, and the session ending when
// the kiosk says the session is gone. Shared by the devices and settings screens; and what a
// staff screen loads when it opens (the devices and demand screens).
import { useCallback, useEffect, useState } from 'react';
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

/**
 * What a staff screen shows, fetched once when it opens: null while it comes, `failed` when the
 * kiosk could not give it, and the session ending when the kiosk says the session is gone.
 */
export function useStaffLoad<T>(
  load: () => Promise<T>,
  onUnauthorized: () => void,
): { value: T | null; failed: boolean } {
  const [value, setValue] = useState<T | null>(null);
  const [failed, setFailed] = useState(false);
  useEffect(() => {
    let live = true;
    load().then(
      (found) => live && setValue(found),
      (error: unknown) => {
        if (!live) return;
        if (error instanceof KioskApiError && error.code === 'unauthorized') onUnauthorized();
        else setFailed(true);
      },
    );
    return () => {
      live = false;
    };
  }, [load, onUnauthorized]);
  return { value, failed };
}
