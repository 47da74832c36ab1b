// After `idleMs` without a touch or a key the kiosk shows a countdown of `warnMs`; a tap on
// "I need more time" starts over, and when the countdown runs out `onTimeout` forgets the visit.
import { useCallback, useEffect, useRef, useState } from 'react';
import type { IdleTimings } from './idleTimings.js';

const activityEvents = ['pointerdown', 'keydown', 'touchstart', 'wheel'] as const;

export interface IdleState {
  /** Seconds left on the countdown, or null while no countdown is showing. */
  secondsLeft: number | null;
  extend: () => void;
}

export function useIdleTimer(
  enabled: boolean,
  timings: IdleTimings,
  onTimeout: () => void,
): IdleState {
  const [deadline, setDeadline] = useState<number | null>(null);
  const [now, setNow] = useState(() => Date.now());
  const [round, setRound] = useState(0);
  const timeoutRef = useRef(onTimeout);
  useEffect(() => {
    timeoutRef.current = onTimeout;
  }, [onTimeout]);

  // Watching for inactivity: every touch or key restarts the wait.
  useEffect(() => {
    if (!enabled || deadline !== null) return undefined;
    let timer = 0;
    const restart = () => {
      window.clearTimeout(timer);
      timer = window.setTimeout(() => {
        setNow(Date.now());
        setDeadline(Date.now() + timings.warnMs);
      }, timings.idleMs);
    };
    restart();
    for (const name of activityEvents) window.addEventListener(name, restart, true);
    return () => {
      window.clearTimeout(timer);
      for (const name of activityEvents) window.removeEventListener(name, restart, true);
    };
  }, [enabled, deadline, timings, round]);

  // Counting down.
  useEffect(() => {
    if (deadline === null) return undefined;
    const tick = () => {
      const current = Date.now();
      setNow(current);
      if (current >= deadline) {
        setDeadline(null);
        timeoutRef.current();
      }
    };
    const interval = window.setInterval(tick, 200);
    return () => window.clearInterval(interval);
  }, [deadline]);

  // A visit that ends some other way (Done, Home) takes any countdown with it.
  const [wasEnabled, setWasEnabled] = useState(enabled);
  if (wasEnabled !== enabled) {
    setWasEnabled(enabled);
    setDeadline(null);
  }

  const extend = useCallback(() => {
    setDeadline(null);
    setRound((value) => value + 1);
  }, []);

  const secondsLeft =
    deadline === null || !enabled ? null : Math.max(0, Math.ceil((deadline - now) / 1000));
  return { secondsLeft, extend };
}
