// The frame's side of assisted entry: starting one forgets whatever visit was on screen (a new
// resident starts clean); forgetting the visit (the journey done, Home, the inactivity reset)
// ends it and leaves staff signed in; and a staff session that ends mid-journey (sign-out, two
// idle minutes) forgets the visit too, so no resident's details stay on screen without the staff
// member who entered them.
import { useCallback, useRef, useState } from 'react';
import type { AssistedVisit } from './AssistedContext.js';

export function useAssistedVisit(forgetVisit: () => void): {
  assisted: AssistedVisit | null;
  start: (visit: AssistedVisit) => void;
  /** Forgets the visit, assisted or not: the next one is the resident's own again. */
  forget: () => void;
  sessionEnded: () => void;
} {
  const [assisted, setAssisted] = useState<AssistedVisit | null>(null);
  const current = useRef<AssistedVisit | null>(null);
  const adopt = useCallback((visit: AssistedVisit | null) => {
    current.current = visit;
    setAssisted(visit);
  }, []);
  const forget = useCallback(() => {
    adopt(null);
    forgetVisit();
  }, [forgetVisit, adopt]);
  const start = useCallback(
    (visit: AssistedVisit) => {
      forgetVisit();
      adopt(visit);
    },
    [forgetVisit, adopt],
  );
  const sessionEnded = useCallback(() => {
    if (current.current) forget();
  }, [forget]);
  return { assisted, start, forget, sessionEnded };
}
