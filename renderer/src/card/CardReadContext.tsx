import { createContext, useContext } from 'react';
import type { CardReadLoop } from './cardReadLoop.js';

/** The visit's card read loop; a new visit gets a new one. */
export const CardReadContext = createContext<CardReadLoop | null>(null);

export function useCardReadLoop(): CardReadLoop {
  const loop = useContext(CardReadContext);
  if (!loop) throw new Error('useCardReadLoop must be used inside <CardReadContext.Provider>.');
  return loop;
}
