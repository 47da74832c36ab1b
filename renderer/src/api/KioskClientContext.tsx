import { createContext, useContext } from 'react';
import type { KioskClient } from './kioskClient.js';

export const KioskClientContext = createContext<KioskClient | null>(null);

export function useKioskClient(): KioskClient {
  const client = useContext(KioskClientContext);
  if (!client) throw new Error('useKioskClient must be used inside <KioskClientContext.Provider>.');
  return client;
}
