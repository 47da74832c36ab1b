// Cards read during this visit, behind opaque tokens: the page holds a token, the services hold
// the person. Ending the visit forgets them all.
import { randomUUID } from 'node:crypto';

export interface CardHolderRecord {
  name: string;
  maskedIdNumber: string;
  idHash: string;
  gridId: string | null;
  /** The address printed on the card, for a request the resident wants attended at home;
   *  forgotten with the visit, stored only when the resident chooses it. */
  address: string | null;
  kind: 'resident' | 'hk-macao-taiwan-permit' | 'foreign-permanent-residence';
  /** The vote's keyed hash of the ID number (vote/voterToken.ts); null: no voter key here. */
  voterBase?: string | null;
}

export interface CardSession {
  remember(holder: CardHolderRecord): string;
  lookup(token: string): CardHolderRecord | undefined;
  forgetAll(): void;
}

export function createCardSession(): CardSession {
  const holders = new Map<string, CardHolderRecord>();
  return {
    remember(holder) {
      const token = randomUUID();
      holders.set(token, holder);
      return token;
    },
    lookup: (token) => holders.get(token),
    forgetAll: () => holders.clear(),
  };
}
