// Danger heard through a wall or told by a relative, as word classes combined (the reading
// dangerCombinations.ts explains): a beating heard with its victim crying out, and a stranger who
// got in under a pretext (an inspector, someone "from the community") rummaging in the home now.
// Written from the 29th batch (all tuning): 隔壁小孩一直哭，大人打得很凶; 有个人自称社区的，进屋说
// 检查燃气，现在在翻她的柜子. Texts arrive folded (Simplified, lower case, homophones replaced).
import type { CombinedConcept } from './dangerCombinations.js';
import { han, words } from './termLists.js';

/** A beating going on, told by how hard it is: 打得很凶, 往死里打. */
const beatingHard = [
  ...han(`打得很凶 打得好凶 打得真凶 打得厉害 打得很厉害 往死里打 下手很重 下手好重 下手狠 打得直叫
    打得哇哇 打得嗷嗷 一直在打 又打又骂 连打带骂 拳打脚踢 打得鼻青脸肿 打得啪啪 啪啪响 打得砰砰`),
  ...words('beating him, beating her, beating the child, hitting him hard, hitting her hard'),
];
/** Someone crying out under it. */
const cryingOut = [
  ...han('哭 喊 叫 救命 惨叫 求饶 尖叫'),
  ...words('crying, screaming, scream, shouting, help'),
];
/** Cards and mahjong are "beaten" too: 打牌打得很凶 is a habit, not a beating. */
const gamesOrSport = han('打牌 打麻将 麻将 扑克 游戏 打球 比赛 打鼓 打雷 雨');

/** A stranger let in under a pretext, or not known. */
const pretext =
  han(`自称 冒充 假装 说是社区 说是物业 说是燃气 说是检查 说是查 说是来 装成 假扮 上门检查 检查燃气 查燃气 查水表
  查电表 陌生人 不认识的人 不认识的男 不认识的女`);
/** Going through the home's things now. */
const rummaging = han(
  `在翻 翻~柜子 翻~抽屉 翻~箱子 翻东西 到处翻 乱翻 翻箱倒柜 揣兜里 往包里装 往兜里装`,
);

/** A thud heard, then silence: someone fell and does not answer (probes, 29th round). */
const thud = han('咚的一声 扑通一声 砰的一声 咣当一声 哐当一声 一声闷响 咕咚一声');
const thenSilent = han(
  '没声了 没动静了 没了动静 没声音了 再没声 没有声音了 叫也不应 喊也不应 没人应',
);

export const heardConcepts: readonly CombinedConcept[] = [
  {
    kind: 'medical',
    source: '120: a thud heard through a wall or a door, and then nothing',
    classes: [thud, thenSilent],
  },
  {
    kind: 'violence',
    source: '110: a beating heard or seen, someone crying out under it',
    classes: [beatingHard, cryingOut],
    unless: gamesOrSport,
  },
  {
    kind: 'break-in',
    source: '110: a stranger in the home under a pretext, going through its things now',
    classes: [rummaging, pretext],
  },
];
