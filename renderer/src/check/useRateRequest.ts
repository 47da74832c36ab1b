import { useCallback } from 'react';
import type { RatingTag } from '../../../contract/index.js';
import { useKioskClient } from '../api/KioskClientContext.js';
import { type ActionState, useAction } from '../api/useAction.js';
import type { RequestKey } from './requestKey.js';

export interface RatingChoice {
  stars: number;
  tags: RatingTag[];
}

/** Stores a rating for a finished request (queued for the centre like any submission). */
export function useRateRequest(
  key: RequestKey,
  onRated: (stars: number) => void,
): [(choice: RatingChoice) => void, ActionState] {
  const client = useKioskClient();
  const rate = useCallback(
    async (choice: RatingChoice) =>
      (await client.call('rateRequest', { ...key, stars: choice.stars, tags: choice.tags })).stars,
    [client, key],
  );
  return useAction(rate, onRated);
}
