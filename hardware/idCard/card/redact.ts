// Defence in depth for "never log a full ID number": a parsed card prints masked when it goes
// through Node's util.inspect (console.log, most loggers). The method is a non-enumerable symbol,
// so JSON, structured clone (Electron IPC) and equality checks still see the plain fields.
import type { IdCard } from './cardTypes.js';
import { maskIdNumber } from './idNumber.js';

const inspectSymbol = Symbol.for('nodejs.util.inspect.custom');

/** The card with identity numbers masked, for anything that is displayed or logged. */
export function redactCard(card: IdCard): IdCard {
  switch (card.kind) {
    case 'resident':
    case 'hk-macao-taiwan-permit':
      return { ...card, idNumber: maskIdNumber(card.idNumber) };
    case 'foreign-permanent-residence':
      return { ...card, permitNumber: maskIdNumber(card.permitNumber) };
  }
}

export function withRedactedInspect<T extends IdCard>(card: T): T {
  Object.defineProperty(card, inspectSymbol, {
    value: () => redactCard(card),
    enumerable: false,
  });
  return card;
}
