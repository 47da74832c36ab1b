// Reading the resident's card for a journey. The card's ID number is turned into a masked form
// for the screen and a keyed hash for look-ups, and then dropped; the page gets a token.
import { type ReadCardResult, type ReaderStateName } from '../../../contract/index.js';
import {
  type IdCard,
  categorizeReaderError,
  maskIdNumber,
} from '../../../hardware/idCard/index.js';
import type { CommunityDirectory } from '../community/communityDirectory.js';
import type { CardReaderDevice } from '../devices/cardReaderDevice.js';
import type { Logger } from '../logger.js';
import { type KioskKeys, hashIdNumber } from '../security/kioskKeys.js';
import type { CardHolderRecord, CardSession } from '../visit/cardSession.js';
import { voterBase } from '../vote/voterToken.js';

/** The number that names the holder: the ID number, or the permit's number. */
const cardNumber = (card: IdCard) =>
  card.kind === 'foreign-permanent-residence' ? card.permitNumber : card.idNumber;

export interface CardService {
  readCard(waitMs: number): Promise<ReadCardResult>;
  readerState(): ReaderStateName;
  /** The reader's state once it is no longer `seen`, or as it is after `waitMs`. */
  waitReaderState(seen: ReaderStateName, waitMs: number): Promise<ReaderStateName>;
  cancelRead(): void;
}

/** What the kiosk keeps of a card for the visit: no ID number, only its mask and keyed hash. */
export function cardHolderFrom(
  card: IdCard,
  keys: KioskKeys,
  directory: CommunityDirectory,
): CardHolderRecord {
  switch (card.kind) {
    case 'resident':
    case 'hk-macao-taiwan-permit':
      return {
        kind: card.kind,
        name: card.name,
        maskedIdNumber: maskIdNumber(card.idNumber),
        idHash: hashIdNumber(keys, card.idNumber),
        gridId: directory.gridForAddress(card.address)?.id ?? null,
        address: card.address || null,
      };
    case 'foreign-permanent-residence':
      return {
        kind: card.kind,
        name: card.chineseName || card.englishName,
        maskedIdNumber: `${card.permitNumber.slice(0, 3)}********${card.permitNumber.slice(-4)}`,
        idHash: hashIdNumber(keys, card.permitNumber),
        gridId: null,
        // A foreign permanent residence card carries no address.
        address: null,
      };
  }
}

export function createCardService(deps: {
  reader: CardReaderDevice;
  cards: CardSession;
  keys: KioskKeys;
  directory: CommunityDirectory;
  logger: Logger;
  /** The centre's kiosks' shared voter key (vote/voterToken.ts); absent: no vote here. */
  voterKey?: Buffer | null;
}): CardService {
  return {
    async readCard(waitMs) {
      const result = await deps.reader.read(waitMs);
      if (result.outcome === 'no-card') return result;
      if (result.outcome === 'error') {
        deps.logger.info('card not read', { code: result.code });
        return {
          outcome: 'error',
          code: result.code,
          category: categorizeReaderError(result.code),
        };
      }
      const holder = {
        ...cardHolderFrom(result.card, deps.keys, deps.directory),
        voterBase: deps.voterKey ? voterBase(deps.voterKey, cardNumber(result.card)) : null,
      };
      const token = deps.cards.remember(holder);
      return {
        outcome: 'card',
        card: {
          token,
          name: holder.name,
          maskedIdNumber: holder.maskedIdNumber,
          kind: holder.kind,
          gridId: holder.gridId,
        },
      };
    },
    readerState: () => deps.reader.state(),
    waitReaderState: (seen, waitMs) => deps.reader.stateOtherThan(seen, waitMs),
    cancelRead: () => deps.reader.cancelRead(),
  };
}
