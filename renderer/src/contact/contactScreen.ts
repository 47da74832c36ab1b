// The screens of "Contact the centre", each carrying what it shows: the answer the kiosk gave
// (public directory data only; the card's address never reaches the page).
import type { ContactInfo, StreetChoice } from '../../../contract/index.js';

export type ContactScreen =
  | { name: 'contact-centre' }
  /** streets: the list the card screen's "choose a street" opens. */
  | { name: 'contact-card'; streets: StreetChoice[] }
  /** cardNoGrid: the card's address fits no grid, so the resident picks a street. */
  | { name: 'contact-streets'; streets: StreetChoice[]; cardNoGrid: boolean }
  /** The grid of the card read in this visit: leaving it forgets the visit. */
  | { name: 'contact-card-grid'; info: ContactInfo }
  | { name: 'contact-street-grid'; info: ContactInfo; street: StreetChoice }
  | { name: 'contact-points'; info: ContactInfo };
