// Every toneless Mandarin syllable, so a run of typed Latin words can be told for pinyin
// ("ting dian le") rather than English. Source: pinyin-pro's readings (toneType 'none', every
// reading) of the CJK Unified Ideographs U+4E00–U+9FA5, the interjections m, n, ng and hng left
// out (they are English letters far more often than pinyin).
export const pinyinSyllables: ReadonlySet<string> = new Set(
  [
    'a ai an ang ao ba bai ban bang bao bei ben beng bi bian biao bie bin bing bo bu ca cai can',
    'cang cao ce cen ceng cha chai chan chang chao che chen cheng chi chong chou chu chua chuai',
    'chuan chuang chui chun chuo ci cong cou cu cuan cui cun cuo da dai dan dang dao de dei den',
    'deng di dia dian diao die ding diu dong dou du duan dui dun duo e ei en eng er fa fan fang',
    'fei fen feng fo fou fu ga gai gan gang gao ge gei gen geng gong gou gu gua guai guan guang',
    'gui gun guo ha hai han hang hao he hei hen heng hong hou hu hua huai huan huang hui hun',
    'huo ji jia jian jiang jiao jie jin jing jiong jiu ju juan jue jun ka kai kan kang kao ke',
    'kei ken keng kong kou ku kua kuai kuan kuang kui kun kuo la lai lan lang lao le lei leng',
    'li lia lian liang liao lie lin ling liu lo long lou lu luan lun luo lü lüe ma mai man mang',
    'mao me mei men meng mi mian miao mie min ming miu mo mou mu na nai nan nang nao ne nei nen',
    'neng ni nian niang niao nie nin ning niu nong nou nu nuan nuo nü nüe o ou pa pai pan pang',
    'pao pei pen peng pi pian piao pie pin ping po pou pu qi qia qian qiang qiao qie qin qing',
    'qiong qiu qu quan que qun ran rang rao re ren reng ri rong rou ru rua ruan rui run ruo sa',
    'sai san sang sao se sen seng sha shai shan shang shao she shei shen sheng shi shou shu',
    'shua shuai shuan shuang shui shun shuo si song sou su suan sui sun suo ta tai tan tang tao',
    'te tei teng ti tian tiao tie ting tong tou tu tuan tui tun tuo wa wai wan wang wei wen',
    'weng wo wu xi xia xian xiang xiao xie xin xing xiong xiu xu xuan xue xun ya yan yang yao',
    'ye yi yin ying yo yong you yu yuan yue yun za zai zan zang zao ze zei zen zeng zha zhai',
    'zhan zhang zhao zhe zhei zhen zheng zhi zhong zhou zhu zhua zhuai zhuan zhuang zhui zhun',
    'zhuo zi zong zou zu zuan zui zun zuo',
  ]
    .join(' ')
    .split(' '),
);

// Reading typed pinyin (moved here from homophones.ts, which had grown past 400 lines).
/** Longer than any word a resident types as one: "guangchangwu" is 12. */
const longestJoinedWord = 24;
const longestSyllable = 6;
const syllableEnd = /[aeiouünrg]$/;
/** Pinyin writes an apostrophe before a syllable opening with a vowel (xi'an): none, none inside. */
const opensWithVowel = /^[aeo]/;

/** Pinyin's tone marks (shuǐ guǎn) and tone numbers (shui3 guan3), which the reader ignores. */
const toneMarked = /[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ]/;
const toneMark = /[\u0300-\u0304\u030c]/g;
const toneNumber = /\b([a-zü]+)[1-5](?![0-9])/g;
export function withoutTones(text: string): string {
  const unmarked = toneMarked.test(text)
    ? text.normalize('NFD').replace(toneMark, '').normalize('NFC')
    : text;
  return unmarked.replace(toneNumber, (typed: string, word: string) =>
    pinyinSyllablesOf(word) === null ? typed : word,
  );
}

/** Keyboards have no ü: residents type v for it (lv, nv). */
const typedSyllable = (word: string) => word.replace(/v/g, 'ü');

/**
 * A word typed as pinyin, syllables joined as the word is written (shuiguan, guangchangwu), cut
 * into its syllables: the fewest, none after the first opening with a vowel (the apostrophe
 * rule makes fangan fan gan), the longer first syllable where two cuts tie. Null when the
 * word is no run of syllables (it is English, or a typo).
 */
export function pinyinSyllablesOf(word: string): string[] | null {
  const typed = typedSyllable(word);
  if (pinyinSyllables.has(typed)) return [typed];
  // A syllable ends in a vowel, n, ng or the r of er, and none opens with i or u: most English
  // words are told at a glance (tap, keeps, it), before any cut is tried.
  if (typed.length > longestJoinedWord || !syllableEnd.test(typed) || /^[iu]/.test(typed)) {
    return null;
  }
  // fewest[i]: the fewest syllables spelling typed[i..], and the length of the first.
  const fewest: ({ count: number; first: number } | null)[] = new Array<null>(typed.length + 1);
  fewest[typed.length] = { count: 0, first: 0 };
  for (let start = typed.length - 1; start >= 0; start -= 1) {
    let choice: { count: number; first: number } | null = null;
    for (let length = Math.min(longestSyllable, typed.length - start); length >= 1; length -= 1) {
      const syllable = typed.slice(start, start + length);
      const rest = fewest[start + length];
      if (rest === null || rest === undefined || !pinyinSyllables.has(syllable)) continue;
      if (start > 0 && opensWithVowel.test(syllable)) continue;
      if (choice === null || rest.count + 1 < choice.count) {
        choice = { count: rest.count + 1, first: length };
      }
    }
    fewest[start] = choice;
  }
  const cut: string[] = [];
  for (let start = 0; start < typed.length;) {
    const step = fewest[start];
    if (step === null || step === undefined) return null;
    cut.push(typed.slice(start, start + step.first));
    start += step.first;
  }
  return cut;
}
