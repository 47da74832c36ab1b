// Phone numbers as the digit pad makes them, checked with the contract's own pattern.
import { phonePattern } from '../../../contract/constants.js';

/** The most digits the pad takes: a 4-digit area code and an 8-digit number. */
export const maxPhoneDigits = 12;

export function isValidPhone(digits: string): boolean {
  return phonePattern.test(digits);
}

/**
 * Groups the digits the way people read them aloud: mobiles 3-4-4, landlines after the area code
 * (010 and 02x are three digits long, every other area code four).
 */
export function formatPhone(digits: string): string {
  if (digits.startsWith('1'))
    return [digits.slice(0, 3), digits.slice(3, 7), digits.slice(7)].filter(Boolean).join(' ');
  if (digits.startsWith('0')) {
    const areaLength = /^0[12]/.test(digits) ? 3 : 4;
    const area = digits.slice(0, areaLength);
    const local = digits.slice(areaLength);
    return local
      ? `${area}-${local.slice(0, 4)}${local.length > 4 ? ` ${local.slice(4)}` : ''}`
      : area;
  }
  return digits;
}
