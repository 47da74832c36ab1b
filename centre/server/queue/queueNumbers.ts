// How queue numbers are written, so that they stay unique across every kiosk of one centre, also
// while kiosks are offline. There are two spaces, which can never hold the same number:
//   - online, the centre issues from its own sequence per service, day and kind:
//     A017 (letter, three digits), priority AP03 (letter, P, two digits);
//   - offline, a kiosk issues from a space of its own: its sequence per service, day and kind,
//     followed by its kiosk id (unique in the centre's fleet, one letter and two digits):
//     A07-B02, priority AP02-B02. Two kiosks offline differ in the id; the hyphen keeps them
//     apart from the centre's numbers. The centre accepts both when the kiosks report them.
// Numbers restart each day: the day is the centre's local calendar day of `now`.
export const centreNumber = (prefix: string, priority: boolean, sequence: number): string =>
  priority
    ? `${prefix}P${String(sequence).padStart(2, '0')}`
    : `${prefix}${String(sequence).padStart(3, '0')}`;

export const kioskNumber = (
  prefix: string,
  priority: boolean,
  sequence: number,
  kioskId: string,
): string => `${prefix}${priority ? 'P' : ''}${String(sequence).padStart(2, '0')}-${kioskId}`;

export const kioskIdPattern = /^[A-Z][0-9]{2}$/;
const kioskNumberPattern = /^([A-Z])(P?)([0-9]{2,4})-([A-Z][0-9]{2})$/;

export interface ReadKioskNumber {
  prefix: string;
  priority: boolean;
  sequence: number;
  kioskId: string;
}

/** A number a kiosk issued offline, read back; null when it is not written that way. */
export function readKioskNumber(number: string): ReadKioskNumber | null {
  const match = kioskNumberPattern.exec(number);
  if (!match?.[1] || match[3] === undefined || !match[4]) return null;
  const sequence = Number(match[3]);
  if (sequence < 1) return null;
  return { prefix: match[1], priority: match[2] === 'P', sequence, kioskId: match[4] };
}
