// Where a request is to be attended, from the resident's choice: only what they chose is kept.
// A need that does not happen at home is about the kiosk's own place; one that does may use the
// card's address (only when a card was read in this visit), a typed building and room, or the
// kiosk's place.
import { KioskError, type LocationMode, type RequestDraft } from '../../../contract/index.js';
import type { z } from 'zod';
import type { RequestLocation } from '../upload/centreGateway.js';
import type { CardHolderRecord } from '../visit/cardSession.js';

type ParsedChoice = z.output<typeof RequestDraft>['location'];

export function chosenLocation(
  choice: ParsedChoice,
  mode: LocationMode,
  holder: Pick<CardHolderRecord, 'address'> | undefined,
  kiosk: { kioskLocation(): RequestLocation },
): RequestLocation {
  if (choice.kind !== 'kiosk' && mode === 'kiosk') {
    throw new KioskError('invalid-input', 'location-not-asked', ['location']);
  }
  switch (choice.kind) {
    case 'kiosk':
      return kiosk.kioskLocation();
    case 'card-address':
      if (!holder?.address) {
        throw new KioskError('invalid-input', 'card-address-unavailable', ['location']);
      }
      return { lat: null, long: null, address: holder.address };
    case 'typed':
      return {
        lat: null,
        long: null,
        address: choice.room ? `${choice.building} ${choice.room}` : choice.building,
      };
  }
}
