// Forgetting the resident: a new visit (every screen and its state thrown away), nothing left in
// the page's storage, and endVisit so the services drop the card and restore the defaults.
import { useCallback, useState } from 'react';
import type { VisitSettings } from '../../../contract/index.js';
import type { KioskClient } from '../api/kioskClient.js';
import { afterNextPaint } from '../api/afterPaint.js';
import { readAloud } from '../speech/readAloud.js';

export function clearPageStorage(): void {
  for (const storage of [window.sessionStorage, window.localStorage]) {
    try {
      storage.clear();
    } catch {
      // Storage can be switched off; then there is nothing in it either.
    }
  }
}

export function useForgetVisit(
  client: KioskClient,
  adoptSettings: (settings: VisitSettings) => void,
  onFailure: () => void,
): { visitNumber: number; forget: () => void } {
  const [visitNumber, setVisitNumber] = useState(0);
  const forget = useCallback(() => {
    setVisitNumber((value) => value + 1);
    clearPageStorage();
    // Silence, and the default volume and read-aloud settings for the next resident.
    readAloud.resetForNewVisit();
    // The home screen first; the services forget the card and the settings a frame later.
    afterNextPaint(() => client.call('endVisit', {}).then(adoptSettings, onFailure));
  }, [client, adoptSettings, onFailure]);
  return { visitNumber, forget };
}
