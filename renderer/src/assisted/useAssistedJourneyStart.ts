// A visit opened for assisted entry starts on the journey staff chose, once, when it mounts.
import { useEffect, useRef } from 'react';
import type { Screen } from '../visit/screens.js';
import { useAssisted } from './AssistedContext.js';
import { assistedSteps } from './assistedSteps.js';

export function useAssistedJourneyStart(restart: (screen: Screen) => void): void {
  const assisted = useAssisted();
  const started = useRef(false);
  useEffect(() => {
    if (!assisted || started.current) return;
    started.current = true;
    restart(assistedSteps.start(assisted.journey));
  }, [assisted, restart]);
}
