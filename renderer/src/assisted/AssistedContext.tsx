// Whether the visit on screen is one a staff member entered for a resident (代办), and as whom.
// The page only uses it to ask: the kiosk's services check the session before anything is saved.
import { createContext, useContext } from 'react';
import type { AssistedJourney } from '../../../contract/index.js';

export interface AssistedVisit {
  /** The staff session token the assisted submission carries. */
  token: string;
  staffName: string;
  journey: AssistedJourney;
}

export const AssistedContext = createContext<AssistedVisit | null>(null);

export function useAssisted(): AssistedVisit | null {
  return useContext(AssistedContext);
}
