// Phone numbers as the digit pad makes them. The pattern is the contract's `phonePattern`; the page
// may import the contract only as types, so it is repeated here and a unit test keeps the two equal.

/** A mainland mobile (11 digits, 1[3-9]…) or a landline with its area code (0xx-xxxxxxx[x]). */
export const phonePattern = /^(1[3-9][0-9]{9}|0[1-9][0-9]{1,2}-?[1-9][0-9]{6,7})$/;

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
