// The journeys staff may enter for a resident, in the menu's order. The renderer imports the
// contract as types only, so the list is written here and checked against the contract's type.
import type { AssistedJourney } from '../../../contract/index.js';

export const assistedMenuJourneys = [
  'askForHelp',
  'emergency',
  'checkRequest',
] as const satisfies readonly AssistedJourney[];
