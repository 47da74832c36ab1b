// Waits for an ID card while the screen is showing: "place your card", then "reading — keep the
// card still" from the reader's own state, then hands the card over. A failed read stops and
// says why until the resident tries again.
import { useCallback, useEffect, useRef, useState } from 'react';
import type { CardHolder } from '../../../contract/index.js';
import type { CardErrorCategory } from './cardProblems.js';
import { afterNextPaint } from '../api/afterPaint.js';
import { useCardReadLoop } from './CardReadContext.js';
import { useReaderState } from './useReaderState.js';

export type CardReading =
  | { phase: 'waiting' }
  | { phase: 'reading' }
  /** A card is still on the reader from before: lift it and place it again. */
  | { phase: 'remove' }
  | { phase: 'disconnected' }
  | { phase: 'read' }
  | { phase: 'error'; category: CardErrorCategory }
  /** The kiosk's service did not answer. */
  | { phase: 'unavailable' };

export function useCardReading(onCard: (card: CardHolder) => void): {
  reading: CardReading;
  retry: () => void;
} {
  const loop = useCardReadLoop();
  const [attempt, setAttempt] = useState(0);
  const [outcome, setOutcome] = useState<CardReading | null>(null);
  const latestOnCard = useRef(onCard);
  useEffect(() => {
    latestOnCard.current = onCard;
  }, [onCard]);

  useEffect(() => {
    let live = true;
    const next = () => {
      loop.read().then(
        (result) => {
          if (!live) return;
          if (result.outcome === 'no-card') next();
          else if (result.outcome === 'card') {
            setOutcome({ phase: 'read' });
            latestOnCard.current(result.card);
          } else setOutcome({ phase: 'error', category: result.category });
        },
        () => live && setOutcome({ phase: 'unavailable' }),
      );
    };
    // The screen first ("place your card"), then the first ask.
    const cancel = afterNextPaint(next);
    return () => {
      live = false;
      cancel();
    };
  }, [loop, attempt]);

  const readerState = useReaderState(outcome === null);
  const retry = useCallback(() => {
    setOutcome(null);
    setAttempt((value) => value + 1);
  }, []);

  if (outcome) return { reading: outcome, retry };
  switch (readerState) {
    case 'reading':
    case 'read':
      return { reading: { phase: 'reading' }, retry };
    case 'remove-card':
      return { reading: { phase: 'remove' }, retry };
    case 'disconnected':
    case 'stopped':
      return { reading: { phase: 'disconnected' }, retry };
    default:
      return { reading: { phase: 'waiting' }, retry };
  }
}
