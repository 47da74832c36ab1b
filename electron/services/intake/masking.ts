// What may be shown or printed of a person: the family name and the last character of a Chinese
// name (张*明), initials of a Latin name, the first 3 and last 4 digits of a phone number.

/** A surname with 先生/女士 (or Mr/Ms) is already how a stranger would address them. */
const honorificOnly = /^(\p{Script=Han}{1,2}(先生|女士)|(Mr|Mrs|Ms|Miss)\.? \p{L}+)$/u;

export function maskName(name: string): string {
  const trimmed = name.trim();
  if (honorificOnly.test(trimmed)) return trimmed;
  if (/^[\p{Script=Han}·]+$/u.test(trimmed)) {
    const chars = [...trimmed];
    if (chars.length <= 1) return trimmed;
    if (chars.length === 2) return `${chars[0]}*`;
    return `${chars[0]}${'*'.repeat(chars.length - 2)}${chars[chars.length - 1]}`;
  }
  return trimmed
    .split(/\s+/)
    .filter(Boolean)
    .map((word) => `${[...word][0] ?? ''}${'*'.repeat(Math.max(0, [...word].length - 1))}`)
    .join(' ');
}

export function maskPhone(phone: string): string {
  const digits = phone.replace(/\D/g, '');
  if (digits.length < 7) return '*'.repeat(digits.length);
  return `${digits.slice(0, 3)}${'*'.repeat(digits.length - 7)}${digits.slice(-4)}`;
}
