// How often to ask a reader "is there a card?", per link. A resident waits for the card to land in
// the poll cycle on top of the reader's own ~1 s read, so the pause between two find-card exchanges
// should be short; but each exchange keeps the reader's RF field and its bridge busy, so the pause
// is never shorter than the floor, and on a slow UART the wire itself sets it: an exchange may take
// at most a tenth of the cycle. The rates are documented per link in ../README.md.
import type { CardReaderSpec } from './readerSpec.js';

/** A find-card request: preamble 5, length 2, command and parameter 2, checksum 1. */
export const FIND_CARD_REQUEST_BYTES = 10;
/** The longest find-card reply ("card found", 4 data bytes): 5 + 2 + SW1–SW3 + 4 + checksum. */
export const FIND_CARD_REPLY_BYTES = 15;

/** The shortest pause between find-card exchanges on a real reader (serial or HID). */
export const REAL_READER_POLL_FLOOR_MS = 100;
/** The simulator answers in memory at no cost: a short pause only keeps its CPU use negligible. */
export const SIMULATOR_POLL_MS = 20;
/** The share of a poll cycle a find-card exchange may keep the wire busy. */
export const MAX_WIRE_DUTY = 0.1;

/** Milliseconds a find-card request and its reply take on a UART at `baudRate`, 8N1 (10 bits). */
export function findCardWireMs(baudRate: number): number {
  return ((FIND_CARD_REQUEST_BYTES + FIND_CARD_REPLY_BYTES) * 10 * 1000) / baudRate;
}

/** The pause between two find-card exchanges while waiting for a card on this reader. */
export function findCardPollMs(spec: CardReaderSpec): number {
  switch (spec.kind) {
    case 'simulator':
      return SIMULATOR_POLL_MS;
    case 'serial': {
      // The pause that leaves the exchange at most MAX_WIRE_DUTY of the cycle.
      const wireMs = findCardWireMs(spec.baudRate);
      const pauseForDuty = (wireMs * (1 - MAX_WIRE_DUTY)) / MAX_WIRE_DUTY;
      return Math.max(REAL_READER_POLL_FLOOR_MS, Math.ceil(pauseForDuty));
    }
    case 'hid':
      // One 64-byte report each way on an interrupt endpoint (polled every 1–10 ms at full
      // speed): the wire is never the limit, the floor is.
      return REAL_READER_POLL_FLOOR_MS;
  }
}
