// Hands the page's demo module (renderer/src/demo/demoParts.ts) to the screens that use it, in
// demo mode only; undefined on a production kiosk, which never loads it.
import { createContext, useContext } from 'react';
import type { DemoParts } from '../demo/demoParts.js';

export const DemoPartsContext = createContext<DemoParts | undefined>(undefined);

export function useDemoParts(): DemoParts | undefined {
  return useContext(DemoPartsContext);
}
