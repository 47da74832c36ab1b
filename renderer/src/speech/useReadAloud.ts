// The speaker's state for a component: re-rendered when it changes.
import { useSyncExternalStore } from 'react';
import { type ReadAloudState, readAloud } from './readAloud.js';

export function useReadAloudState(): ReadAloudState {
  return useSyncExternalStore(readAloud.subscribe, readAloud.getState);
}
