// A danger named only to deny it is not a danger: "不是着火，是邻居在烧纸", "老人没晕倒，就是有
// 点累", "燃气公司来查过了，没漏", "there is no smoke". A finding is dropped when one of its parts
// occurs in the text only straight after a negation. States that hold their own negation
// ("没有呼吸", "叫不醒", "not breathing") are words of their own and are not read as denied:
// the check looks only BEFORE a part, never inside it. Only findings are checked (a handful per
// request), so it costs nothing on the texts with no danger in them. Texts arrive folded.

const hanChar = /\p{Script=Han}/u;

/** Words that deny what follows them straight away. */
const hanNegations = [
  '没有',
  '没',
  '不是',
  '并没',
  '没闻到',
  '没看到',
  '没发现',
  '没见',
  '没被',
  '未',
];
const englishNegations = ['no', 'not', 'never', 'without'];

/** A question in the A-not-A form ("是不是漏气了", "有没有冒烟") asks; it does not deny. */
const askingForms = ['是不是', '有没有', '是没是'];

function deniedHan(part: string, text: string): boolean {
  let at = text.indexOf(part);
  if (at === -1) return false;
  while (at !== -1) {
    const before = text.slice(0, at);
    if (askingForms.some((form) => before.endsWith(form))) return false;
    // 不是 denies the word after it, and a part one character into it ("不是着火" denies 火).
    const denied =
      hanNegations.some((negation) => before.endsWith(negation)) ||
      before.slice(0, -1).endsWith('不是');
    if (!denied) return false;
    at = text.indexOf(part, at + part.length);
  }
  return true;
}

function deniedEnglish(part: string, padded: string): boolean {
  const word = ` ${part} `;
  let at = padded.indexOf(word);
  if (at === -1) return false;
  while (at !== -1) {
    const before = padded.slice(0, at + 1);
    if (!englishNegations.some((negation) => before.endsWith(` ${negation} `))) return false;
    at = padded.indexOf(word, at + word.length - 1);
  }
  return true;
}

/**
 * Whether a finding ("着火", "煤气+漏", "叫~不醒+老人") is denied in the text: one of its parts
 * occurs, and only straight after a negation. `padded` is the text's words between spaces.
 */
export function deniedFinding(word: string, text: string, padded: string): boolean {
  return word
    .split(/[+~]/)
    .filter(Boolean)
    .some((part) => (hanChar.test(part) ? deniedHan(part, text) : deniedEnglish(part, padded)));
}
