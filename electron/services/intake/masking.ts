// What may be shown or printed of a person: the family name and the last character of a Chinese
// name (张*明), initials of a Latin name, the first 3 and last 4 digits of a phone number.
// An honorific (先生, 女士, Mr, Ms…) is kept, but only around the masked name: "张伟先生" is a
// full name with a title, not a surname, and would otherwise be printed in clear.

const hanSuffixes = ['先生', '女士', '小姐', '太太', '夫人', '阿姨', '老师', '大爷', '奶奶'];
const latinPrefix = /^(Mr|Mrs|Ms|Miss|Mx|Dr)\.?(?:\s+|(?=\p{Script=Han}))/iu;
/** Two-character surnames: "欧阳先生" is a surname with a title, "张伟先生" is not. */
const compoundSurnames = new Set([
  '欧阳',
  '司马',
  '上官',
  '诸葛',
  '东方',
  '皇甫',
  '尉迟',
  '公孙',
  '慕容',
  '长孙',
  '宇文',
  '司徒',
  '令狐',
  '夏侯',
  '轩辕',
  '端木',
  '独孤',
  '南宫',
  '西门',
  '呼延',
  '澹台',
  '申屠',
  '钟离',
  '赫连',
  '东郭',
  '百里',
]);

const isHan = (text: string) => /^[\p{Script=Han}·]+$/u.test(text);

function maskHan(name: string, titled: boolean): string {
  const chars = [...name];
  if (chars.length <= 1) return name;
  // With a title, a surname alone is how a stranger would address them: it reveals nothing more.
  if (titled && chars.length === 2 && compoundSurnames.has(name)) return name;
  if (chars.length === 2) return `${chars[0]}*`;
  return `${chars[0]}${'*'.repeat(chars.length - 2)}${chars[chars.length - 1]}`;
}

function maskLatin(name: string, titled: boolean): string {
  const words = name.split(/\s+/).filter(Boolean);
  // "Mr Zhang": a surname with a title.
  if (titled && words.length === 1) return name;
  return words
    .map((word) => `${[...word][0] ?? ''}${'*'.repeat(Math.max(0, [...word].length - 1))}`)
    .join(' ');
}

function maskCore(core: string, titled: boolean): string {
  return isHan(core) ? maskHan(core, titled) : maskLatin(core, titled);
}

export function maskName(name: string): string {
  const trimmed = name.trim().replace(/\s+/g, ' ');
  const prefix = latinPrefix.exec(trimmed);
  if (prefix && trimmed.length > prefix[0].length) {
    const core = trimmed.slice(prefix[0].length);
    return `${prefix[0]}${maskCore(core, true)}`;
  }
  const suffix = hanSuffixes.find((title) => trimmed.endsWith(title));
  if (suffix && trimmed.length > suffix.length) {
    const core = trimmed.slice(0, -suffix.length).trim();
    const gap = trimmed.slice(core.length, -suffix.length);
    return `${maskCore(core, true)}${gap}${suffix}`;
  }
  return maskCore(trimmed, false);
}

export function maskPhone(phone: string): string {
  const digits = phone.replace(/\D/g, '');
  if (digits.length < 7) return '*'.repeat(digits.length);
  return `${digits.slice(0, 3)}${'*'.repeat(digits.length - 7)}${digits.slice(-4)}`;
}
