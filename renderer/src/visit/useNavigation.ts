// The history stack behind Back and Home.
import { useCallback, useState } from 'react';
import { finishedScreens } from './journeyRegistry.js';
import type { Screen } from './screens.js';

export interface Navigation {
  screen: Screen;
  /** A screen that ends a journey is on the stack: going home from here forgets the visit. */
  journeyEnded: boolean;
  open: (next: Screen) => void;
  /** Replaces the whole journey: Back from `next` goes home. */
  restart: (next: Screen) => void;
  back: () => void;
  home: () => void;
}

const home: Screen = { name: 'home' };

export function useNavigation(): Navigation {
  const [history, setHistory] = useState<Screen[]>([home]);
  return {
    screen: history[history.length - 1] ?? home,
    journeyEnded: history.some((screen) => finishedScreens.has(screen.name)),
    open: useCallback((next: Screen) => setHistory((stack) => [...stack, next]), []),
    restart: useCallback((next: Screen) => setHistory([home, next]), []),
    back: useCallback(
      () => setHistory((stack) => (stack.length > 1 ? stack.slice(0, -1) : stack)),
      [],
    ),
    home: useCallback(() => setHistory([home]), []),
  };
}
