// More words for the synonym groups, grown like grownSynonyms.ts (each with its source), from the
// eighth batch of labelled needs (all tuning; the held-out part is never read) and from the way
// the demo directory itself names things: residents say "楼道的灯" where the keyword says 楼道灯,
// and Taiwan's words (志工, 智慧型手機) where the list has the mainland's. Kept apart so each
// file stays short; grownSynonyms.ts joins the two lists.
import type { GrownTerms } from './grownSynonyms.js';

export const directoryGrownTerms: readonly GrownTerms[] = [
  {
    category: 'basic-living',
    group: 'property',
    chinese: '楼道的灯 楼道里的灯 楼梯灯 楼梯的灯 走廊灯 走廊的灯 声控灯',
    english: 'corridor light, hallway light',
    source: 'tuning: 楼道的灯坏了好几天; resource: property-xfl-north (楼道灯)',
  },
  {
    category: 'education-employment',
    group: 'tutoring',
    chinese: '补补 补一补 补习 跟不上 学习跟不上 成绩差 成绩不好',
    english: 'falling behind, extra lessons',
    source: 'tuning: 孩子数学跟不上，想找人补补',
  },
  {
    category: 'education-employment',
    group: 'startup',
    chinese: '开个小饭馆 开饭馆 开个饭馆 开家饭馆 开餐馆 开个店 开家店 开小店 开个小店 开网店',
    english: 'open a shop, open a restaurant, own business',
    source: 'tuning: 想自己开个小饭馆; resource: startup-mentors (开店)',
  },
  {
    category: 'education-employment',
    group: 'reading',
    chinese: '借几本 借本书 借点书 借书看 几本书 书看',
    english: 'borrow a book, borrow books',
    source: 'tuning: 想借几本养生的书看; resource: community-library (借书)',
  },
  {
    category: 'safety-emergency',
    group: 'fire',
    chinese: '杂物 堆杂物 堆在楼道 堆东西 占楼道 堵楼道 堵通道',
    english: 'clutter, blocking the stairs',
    source: 'tuning: 邻居把杂物堆在楼道里; resource: fire-station (楼道杂物)',
  },
  {
    category: 'safety-emergency',
    group: 'disaster',
    chinese: '手电筒 应急包 应急用品 应急的东西 储备物资 备点应急',
    english: 'torch, flashlight, emergency kit',
    source: 'tuning: 家里想备点应急的东西，手电筒什么的; resource: disaster-supplies (应急物资)',
  },
  {
    category: 'social-cultural',
    group: 'volunteering',
    chinese: '志工 做志工 当志工',
    source: 'tuning: 想找志工的工作 (Taiwan says 志工 for 志愿者)',
  },
];
