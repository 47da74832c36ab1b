// A back-off for needs in words no list holds: one Chinese character that, in a resident's
// sentence about daily life, nearly always names the same kind of help (盒饭 and 饭 → meals,
// 眼药水 and 胰岛素 → medicine, 冷得跟冰窖似的 → heating). It is read only when nothing else the
// resident wrote is known (the request would otherwise go to staff as "wordless"), and the
// character's group then counts as a word understood through its group would. Characters that
// also open words meaning something else are listed with those words, which are blanked first
// (病毒 is a computer's, 饭馆 a restaurant's). Source: the service each character names in the
// demo directory's own keywords and the labelled needs' tuning part (tests/unit/matching/
// labelledNeedsTenthBatch.ts); the held-out part is never read.
import type { CategoryId } from '../../../contract/community.js';

export interface KeyCharacter {
  category: CategoryId;
  /** The synonym group (synonyms.ts) the character stands for. */
  group: string;
  characters: string;
}

export const keyCharacters: readonly KeyCharacter[] = [
  { category: 'basic-living', group: 'pipe-repair', characters: '漏渗滴呲' },
  { category: 'basic-living', group: 'heating-gas', characters: '冷暖' },
  { category: 'basic-living', group: 'meals', characters: '饭餐' },
  { category: 'basic-living', group: 'housekeeping', characters: '脏擦扫' },
  { category: 'basic-living', group: 'electrical', characters: '闸' },
  { category: 'health-medical', group: 'medicine', characters: '药' },
  { category: 'health-medical', group: 'checkup', characters: '病疼痛' },
  { category: 'health-medical', group: 'mental', characters: '睡烦愁哭' },
  { category: 'social-cultural', group: 'games', characters: '棋' },
  { category: 'social-cultural', group: 'hobbies', characters: '画琴' },
  { category: 'social-cultural', group: 'fitness', characters: '练跑' },
  { category: 'safety-emergency', group: 'security', characters: '偷' },
  { category: 'social-cultural', group: 'arts-festivals', characters: '唱歌舞' },
  { category: 'social-cultural', group: 'companionship', characters: '唠' },
  { category: 'education-employment', group: 'reading', characters: '书' },
  { category: 'safety-emergency', group: 'dispute', characters: '吵闹' },
];

/** Words holding a key character that name something else; blanked before reading characters. */
export const notKeyWords: readonly string[] =
  `病毒 毛病 饭馆 餐厅 餐馆 火锅 冷饮 冷冻 暖和 烦死 烦人 报名 报警 报销 报告
  书法 证书 读书会 唱片 农药 热闹 闹钟 睡衣 扫码 渗透 滴滴 心疼 疼爱 痛快 画面 动画 练字 跑步机 跑腿 跑丢 跑没了 偷偷`
    .split(/\s+/)
    .filter(Boolean);

/** The text with every word that holds a key character but means something else blanked. */
export function withoutNotKeyWords(text: string): string {
  let plain = text;
  for (const word of notKeyWords) if (plain.includes(word)) plain = plain.split(word).join(' ');
  return plain;
}

/** Group keys ("category/group") the text's key characters stand for, each once. */
export function keyCharacterGroups(text: string): string[] {
  const plain = withoutNotKeyWords(text);
  const groups: string[] = [];
  for (const entry of keyCharacters) {
    const key = `${entry.category}/${entry.group}`;
    if (groups.includes(key)) continue;
    for (const character of entry.characters) {
      if (plain.includes(character)) {
        groups.push(key);
        break;
      }
    }
  }
  return groups;
}
