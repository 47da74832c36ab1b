// Open311 has first_name (given) and last_name (family). Chinese names put the family name first,
// usually one character, sometimes two (欧阳, 司马 …); names written with an interpunct (买买提·艾力)
// and Latin-script names put the given name first.
export interface SplitName {
  firstName: string | null;
  lastName: string | null;
}

// Simplified and traditional forms.
const compoundSurnames = new Set(
  (
    '欧阳 歐陽 司马 司馬 上官 诸葛 諸葛 东方 東方 皇甫 尉迟 尉遲 公孙 公孫 慕容 长孙 長孫 宇文 司徒 夏侯 轩辕 ' +
    '軒轅 令狐 钟离 鍾離 端木 南宫 南宮 西门 西門 独孤 獨孤 澹台 公羊 呼延 闻人 聞人 百里 万俟 萬俟 申屠 拓跋'
  ).split(' '),
);
const han = /^\p{Script=Han}+$/u;

export function splitName(name: string): SplitName {
  const trimmed = name.trim().replace(/\s+/g, ' ');
  if (trimmed === '') return { firstName: null, lastName: null };
  const dot = Math.max(trimmed.lastIndexOf('·'), trimmed.lastIndexOf('•'));
  if (dot > 0 && dot < trimmed.length - 1) {
    return { firstName: trimmed.slice(0, dot), lastName: trimmed.slice(dot + 1) };
  }
  if (han.test(trimmed)) {
    const chars = [...trimmed];
    const surnameLength =
      chars.length > 2 && compoundSurnames.has(chars.slice(0, 2).join('')) ? 2 : 1;
    const given = chars.slice(surnameLength).join('');
    return {
      firstName: given === '' ? null : given,
      lastName: chars.slice(0, surnameLength).join(''),
    };
  }
  const words = trimmed.split(' ');
  if (words.length === 1) return { firstName: trimmed, lastName: null };
  return { firstName: words.slice(0, -1).join(' '), lastName: words[words.length - 1] ?? null };
}
