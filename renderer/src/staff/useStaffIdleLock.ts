// Staff mode locks after two minutes without a touch. While staff are active the page tells the
// kiosk now and then, so the server-side session (which also lapses after two idle minutes) stays
// open exactly as long as the screen does.
import { useEffect, useRef } from 'react';

const activityEvents = ['pointerdown', 'keydown', 'touchstart', 'wheel'] as const;
export const staffIdleMs = 2 * 60_000;
const keepAliveEveryMs = 30_000;

export function useStaffIdleLock(
  active: boolean,
  onIdle: () => void,
  keepAlive: () => void,
  idleMs: number = staffIdleMs,
): void {
  const idleRef = useRef(onIdle);
  const aliveRef = useRef(keepAlive);
  useEffect(() => {
    idleRef.current = onIdle;
    aliveRef.current = keepAlive;
  }, [onIdle, keepAlive]);

  useEffect(() => {
    if (!active) return undefined;
    let timer = 0;
    let lastKeepAlive = Date.now();
    const restart = () => {
      window.clearTimeout(timer);
      timer = window.setTimeout(() => idleRef.current(), idleMs);
    };
    const onActivity = () => {
      restart();
      if (Date.now() - lastKeepAlive >= keepAliveEveryMs) {
        lastKeepAlive = Date.now();
        aliveRef.current();
      }
    };
    restart();
    for (const name of activityEvents) window.addEventListener(name, onActivity, true);
    return () => {
      window.clearTimeout(timer);
      for (const name of activityEvents) window.removeEventListener(name, onActivity, true);
    };
  }, [active, idleMs]);
}
