// What opened a request, kept with its status screen so printing a slip and rating can show the
// same proof again: the typed ticket or scanned QR code, and the phone's last four digits or the
// card, when one was given. A typed ticket alone opens the stage only.
import type { RequestProof } from '../../../contract/index.js';

export interface RequestKey {
  ticket: string;
  proof?: RequestProof;
}

export const keyOf = (ticket: string, proof?: RequestProof): RequestKey =>
  proof ? { ticket, proof } : { ticket };
