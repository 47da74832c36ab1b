// One's own door and its lock, and a thing that will not turn, told by what it does (issue 15:
// fresh everyday wording; the 42nd batch's tuning misses 防盗门关不上，锁舌卡住了; 钥匙插进去
// 拧不动，门打不开; locked myself out, the lock is jammed). The repair group (维修) is what both
// the handyman volunteers and the repair team list, so either answers. 拧不动 is typed right:
// known as a phrase here, it is no typo of 拎不动 (l/n heard alike, homophones.ts), which is the
// housekeepers' heavy shopping. The building's entrance door stays the property office's
// (单元门, 大门的锁: grownSynonymsEveryday.ts); a lock tampered with stays the police room's.
import type { GrownTerms } from './grownSynonyms.js';

const general =
  'general: what residents say of a door or lock that will not work (round of batch 42)';
const tuning = (needs: string) => `${general}; tuning: ${needs}`;

export const doorsAndLocksGrownTerms: readonly GrownTerms[] = [
  {
    category: 'basic-living',
    group: 'repair',
    // One phrase with 舌 (the tongue's) and none with 钥 (钥匙 is the lost key's): more would make
    // those characters read as a repair (characterEvidence.ts).
    chinese: `拧不动 拧不开 断在锁里 断锁里了 锁舌 锁卡住 锁卡住了 锁卡死了 锁卡了 门锁卡住 锁不好使 锁不灵
      锁生锈 坏锁 锁坏 门坏了 家门坏了 防盗门 防盗门锁 家门锁 门打不开 门开不开 开不了门 门合不上
      门关不拢 门变形`,
    english:
      'lock is jammed, lock jammed, jammed lock, jammed, lock is stuck, lock stuck, stuck lock, key stuck, key will not turn, key wont turn, door will not open, door wont open, cant open my door, cannot open my door',
    source: tuning(
      '防盗门关不上，锁舌卡住了; 钥匙插进去拧不动，门打不开; locked myself out, the lock is jammed',
    ),
  },
];
