import { useCallback } from 'react';
import type { RatingTag } from '../../../contract/index.js';
import { useKioskClient } from '../api/KioskClientContext.js';
import { type ActionState, useAction } from '../api/useAction.js';

export interface RatingChoice {
  stars: number;
  tags: RatingTag[];
}

/** Stores a rating for a finished request (queued for the centre like any submission). */
export function useRateRequest(
  ticket: string,
  onRated: (stars: number) => void,
): [(choice: RatingChoice) => void, ActionState] {
  const client = useKioskClient();
  const rate = useCallback(
    async (choice: RatingChoice) =>
      (await client.call('rateRequest', { ticket, stars: choice.stars, tags: choice.tags })).stars,
    [client, ticket],
  );
  return useAction(rate, onRated);
}
