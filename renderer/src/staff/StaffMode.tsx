// Staff assisted-entry mode in the page: the PIN pad opened from the home screen's corner, the
// banner while signed in, the staff-only screens, and the locks (two idle minutes, the resident
// inactivity reset). The session token is kept in React state only: never in storage.
import { Suspense, lazy, useCallback, useEffect, useRef, useState } from 'react';
import type { StaffSession } from '../../../contract/staff.js';
import { useKioskClient } from '../api/KioskClientContext.js';
import type { AssistedVisit } from '../assisted/AssistedContext.js';
import { AssistedMenu } from '../assisted/AssistedMenu.js';
import { KioskApiError } from '../api/kioskClient.js';
import { RequestsScreen } from './RequestsScreen.js';
import { StaffBanner } from './StaffBanner.js';
import { StaffCardScreen } from './StaffCardScreen.js';
import { StaffPinPad } from './StaffPinPad.js';
import { UploadQueueScreen } from './UploadQueueScreen.js';
import { onStaffEntryRequested } from './staffEntryEvent.js';
import { useStaffIdleLock } from './useStaffIdleLock.js';
import './staff.css';

// Devices, settings and the demand view: a chunk of their own, fetched only when staff open them.
const KioskCareScreen = lazy(() => import('./KioskCareScreen.js'));

interface StaffModeProps {
  /** Changes every time the resident inactivity reset runs; staff mode locks with it. */
  inactivityResets: number;
  /** "为居民代办": staff chose a journey to enter for a resident. */
  onAssistedStart?: (visit: AssistedVisit) => void;
  /** The session ended (sign-out, idle, reset, lapsed): an assisted visit ends with it. */
  onSessionEnded?: () => void;
}

type StaffScreen =
  'none' | 'entry' | 'upload-queue' | 'requests' | 'my-card' | 'kiosk-care' | 'assisted';
type EndReason = 'sign-out' | 'idle' | 'visit-reset';

export function StaffMode({ inactivityResets, onAssistedStart, onSessionEnded }: StaffModeProps) {
  const client = useKioskClient();
  const [session, setSession] = useState<StaffSession | null>(null);
  const [screen, setScreen] = useState<StaffScreen>('none');

  const sessionRef = useRef<StaffSession | null>(null);
  const endedRef = useRef(onSessionEnded);
  useEffect(() => {
    endedRef.current = onSessionEnded;
  }, [onSessionEnded]);
  const adopt = useCallback((next: StaffSession | null) => {
    if (next === null && sessionRef.current !== null) endedRef.current?.();
    sessionRef.current = next;
    setSession(next);
    setScreen('none');
  }, []);

  const end = useCallback(
    (reason: EndReason) => {
      const current = sessionRef.current;
      adopt(null);
      // Signing out is best effort: the kiosk locks an unused session by itself anyway.
      if (current) client.call('staffSignOut', { token: current.token, reason }).catch(() => {});
    },
    [client, adopt],
  );

  const seenResets = useRef(inactivityResets);
  useEffect(() => {
    if (inactivityResets === seenResets.current) return;
    seenResets.current = inactivityResets;
    end('visit-reset');
  }, [inactivityResets, end]);

  const keepAlive = useCallback(() => {
    if (!session) return;
    client.call('getStaffSession', { token: session.token }).catch((error: unknown) => {
      if (error instanceof KioskApiError && error.code === 'unauthorized') adopt(null);
    });
  }, [client, session, adopt]);
  const onIdle = useCallback(() => end('idle'), [end]);
  useStaffIdleLock(session !== null, onIdle, keepAlive);
  // An open PIN pad nobody uses closes by itself too.
  useStaffIdleLock(
    session === null && screen === 'entry',
    () => setScreen('none'),
    () => {},
  );

  const lapsed = useCallback(() => adopt(null), [adopt]);

  // The corner opens the pad only while nobody is signed in and no staff screen is open.
  useEffect(
    () =>
      onStaffEntryRequested(() => {
        if (sessionRef.current === null)
          setScreen((current) => (current === 'none' ? 'entry' : current));
      }),
    [],
  );

  return (
    <>
      {session ? (
        <StaffBanner
          staff={session.staff}
          onUploadQueue={() => setScreen('upload-queue')}
          onMyCard={() => setScreen('my-card')}
          onRequests={() => setScreen('requests')}
          onKioskCare={() => setScreen('kiosk-care')}
          onAssisted={onAssistedStart ? () => setScreen('assisted') : undefined}
          onSignOut={() => end('sign-out')}
        />
      ) : null}
      {screen === 'entry' && !session ? (
        <StaffPinPad client={client} onSignedIn={adopt} onClose={() => setScreen('none')} />
      ) : null}
      {screen === 'upload-queue' && session ? (
        <UploadQueueScreen
          client={client}
          token={session.token}
          onClose={() => setScreen('none')}
          onUnauthorized={lapsed}
        />
      ) : null}
      {screen === 'requests' && session ? (
        <RequestsScreen
          client={client}
          token={session.token}
          onClose={() => setScreen('none')}
          onUnauthorized={lapsed}
        />
      ) : null}
      {screen === 'kiosk-care' && session ? (
        <Suspense fallback={null}>
          <KioskCareScreen
            client={client}
            token={session.token}
            onClose={() => setScreen('none')}
            onUnauthorized={lapsed}
          />
        </Suspense>
      ) : null}
      {screen === 'assisted' && session && onAssistedStart ? (
        <AssistedMenu
          client={client}
          token={session.token}
          onStart={(visit) => {
            setScreen('none');
            onAssistedStart(visit);
          }}
          onClose={() => setScreen('none')}
          onUnauthorized={lapsed}
        />
      ) : null}
      {screen === 'my-card' && session ? (
        <StaffCardScreen
          client={client}
          token={session.token}
          onClose={() => setScreen('none')}
          onUnauthorized={lapsed}
        />
      ) : null}
    </>
  );
}
