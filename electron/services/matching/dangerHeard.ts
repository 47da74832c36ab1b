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
  // Who is beaten, said for how hard (45th, 49th batches: 对门又在打老婆了，听见她在喊救命).
  ...han('打老婆 打媳妇 打老公 打孩子 打小孩 还在打 又在打 家暴'),
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

/**
 * A plea to stop, cried out or heard: 别打了, 饶了我, 住手 (38th batch: 隔壁…有个女的在哭着喊别打了).
 * Not a call, a jab or a game to stop (别打电话了, 别打针, 别打游戏了). Not 住手 in this first class,
 * which the homophone index learns: 助手 (an assistant) sounds the same; it counts with blows heard.
 */
const pleaToStop = [
  ...han(`别打了 别打我 别打她 别打他 别再打 不要打了 不要打我 不要再打 不要打她 不要打他 饶了我 饶命
    放开我 别杀我 不要杀我`),
  ...words('stop hitting, stop hitting me, dont hit me, please stop, let me go'),
];
const criedOrHeard = [
  ...han('喊 叫 哭 求 听见 听到 传来 声音 惨叫 尖叫'),
  ...words('screaming, crying, shouting, heard, hear, yelling'),
];
const notABeating = han('电话 打针 游戏 打牌 麻将 打球 打扰 打字 打扫 打车 打工 打雷');

/**
 * Blows heard through a wall, with someone screaming or begging under them, or a child crying its
 * heart out (45th batch: 隔壁小孩哭得撕心裂肺，大人在里面摔东西骂人).
 */
const blowsHeard =
  han(`撞墙 往墙上撞 撞门 摔东西 砸东西 扇耳光 打耳光 巴掌声 啪啪 咚咚 砰砰 哐哐 乒乒乓乓
  动手了 打起来了`);
const distressCry = han(`惨叫 尖叫 求饶 哭喊 哭着喊 哭叫 哭嚎 喊救命 别打 不要打 饶命 住手
  撕心裂肺 哭得很惨 哭得好惨 哭得不行 哭得厉害 叫得很惨 嚎啕 哇哇大哭`);
const householdSounds = han('装修 跑 跳 游戏 电视 剧 打牌 麻将 练琴 球 孩子闹 小孩闹');

/**
 * A stranger seen going through the home (39th batch: 看家里监控发现有个人在我家客厅里翻东西): not
 * kin, who may rummage; not 一个人, which is "alone".
 */
const strangerInside = [
  ...han('有个人 有人 陌生人 不认识的人 有个男的 有个女的 一个男的 一个女的 几个人 什么人'),
  ...words('someone, somebody, a stranger, a man, a woman'),
];
const inTheHome = [...han('我家 家里 屋里 客厅 卧室 房间'), ...words('my flat, my house, my home')];

/**
 * Someone claiming an office who has the resident doing as told on the phone, shut away (39th
 * batch: 被一个说是公安局的人吓住了，现在关着门在家按他说的操作手机).
 */
const doingAsTold = [
  ...han(`按他说的 按她说的 按照他说的 按对方说的 按照对方 听他指挥 听她指挥 听对方指挥 被指挥 一步步操作
    远程操作 让她操作 让他操作 教她操作 教他操作 按他的要求 照他说的做`),
  ...words('doing what he says, doing what they say, following his instructions'),
];
const claimedOffice = [
  ...han(`说是公安 说是警察 公安局的人 说是银行 说是法院 说是检察 检察院 自称 冒充 客服 陌生电话 对方
    陌生人`),
  ...words('police, bank, pretending, claiming, stranger'),
];

export const heardConcepts: readonly CombinedConcept[] = [
  {
    kind: 'break-in',
    source: '110: a stranger seen in the home going through its things',
    classes: [rummaging, strangerInside, inTheHome],
    unless: han('垃圾 快递 外卖 翻新 翻修 翻译'),
  },
  {
    kind: 'fraud',
    source: '110 anti-fraud: someone claiming an office has the resident doing as told now',
    classes: [doingAsTold, claimedOffice],
    unless: han('想问 怎么识别 讲座 学'),
  },
  {
    kind: 'violence',
    source: '110: a plea to stop a beating, cried out or heard (别打了, 饶命, 住手)',
    classes: [pleaToStop, criedOrHeard],
    unless: notABeating,
  },
  {
    kind: 'violence',
    source: '110: blows heard through a wall with someone screaming or begging',
    classes: [blowsHeard, distressCry],
    unless: householdSounds,
  },
  {
    kind: 'medical',
    source: '120: a thud heard through a wall or a door, and then nothing',
    classes: [thud, thenSilent],
  },
  {
    kind: 'violence',
    source: '110: a beating heard or seen, someone crying out under it',
    classes: [beatingHard, cryingOut],
    unless: [...gamesOrSport, ...notABeating],
  },
  {
    kind: 'break-in',
    source: '110: a stranger in the home under a pretext, going through its things now',
    classes: [rummaging, pretext],
  },
];
