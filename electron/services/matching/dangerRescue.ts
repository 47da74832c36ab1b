// Dangers where someone must be got out or got away from something now (36th batch, all tuning):
// a cry for help typed alone, someone shut in a car or a stuck lift, someone buried under what
// came down, an animal attacking, a snake in the home, and a fall from a height told in English.
// Each class is a family of words residents use for one circumstance, with the calm frames that
// share them (a 救命稻草, a lift that keeps stopping, a snake in a story) as `unless`.
import type { CombinedConcept } from './dangerCombinations.js';
import { person } from './dangerPeople.js';
import { han, words } from './termLists.js';

/** A cry for help: typed alone it is the whole message (救命啊, 快来人, jiu ming). */
const cry = [
  ...han('救命 救救我 救救他 救救她 快来人 来人啊 来人呀 快来救 快救人 快叫人'),
  ...words('jiu ming, jiuming, kuai lai ren, sos, help help, help me please, somebody help'),
];
/**
 * Anything beside the cry: then the cry is no message of its own. What else is said leads (着火了，
 * 快来人 is a fire; 漏水了快来人修 a repair), and a figure of speech (救命稻草, 热死了救命) is no danger.
 */
const saidBesideTheCry =
  /^(?!(?:[\s\p{P}\p{S}]|救命|救救我|救救他|救救她|快来人|来人|快来救|快救人|快叫人|[啊呀啦吧哇喂嘛了]|jiu ?ming|kuai lai ren|sos|help|me|please|somebody)*$)/u;

/** Shut in where one cannot get out, and where heat or air runs out (a car, a lift). */
const shutIn =
  han(`反锁在车里 锁在车里 关在车里 困在车里 闷在车里 锁车里 关车里 困车里 反锁车里 卡在电梯
  困在电梯 关在电梯 电梯里出不来 电梯卡 电梯停在半 电梯掉 电梯坠 卡在两层 停在两层`);
const insideNow = [
  ...han(
    '出不来 打不开 开不了 好热 很热 太热 晒 闷 喘 哭 喊 里面有 里边有 困住 被困 关着 卡着 下不来 宝宝 婴儿',
  ),
  ...person,
];
const shutInCalm = han('钥匙 手机 钱包 东西 狗 猫 老是停 经常 修一修 维修 年检 保养 以前 上次');

/** Buried or pinned under something that came down. */
const pinned =
  han(`压在下面 压在底下 压在里面 埋在下面 埋在里面 埋在底下 砸在下面 压住了人 压着人 被压在
  被埋 被砸 砸到人 砸伤了`);
const cameDown = han('塌 倒了 掉下来 砸下来 垮 倒塌 脚手架 墙 房顶 天花板 柜子 架子');

/** An animal attacking now, not a bite that is over. */
const attacking = [
  ...han(
    '追着咬 追着~咬 扑上来 扑过来 扑倒 咬住 咬着不放 在咬 一直咬 冲过来 围着 围上来 咬人 乱咬',
  ),
  ...words('attacking, attacked, biting, chasing, bit, bitten'),
];
const animal = [
  ...han('狗 犬 疯狗 野狗 恶犬 大狼狗 猫 牛 马蜂 蜂 野猪'),
  ...words('dog, dogs, bees, wasps'),
];
const biteOver = han(
  '老碰见 经常 老是 总是 咬过 疫苗 狂犬 打针 补针 以前 去年 上次 小时候 拴好 牵绳 遛狗 养狗',
);

/** A snake in the home or the block: 119 catches it. */
const snake = han('蛇 毒蛇 蟒');
const snakeIn = han('进了 钻 爬进 爬到 盘在 床底 家里 屋里 院子 楼道 厨房 阳台 门口 草丛 花坛');
const snakeCalm = han('属蛇 蛇年 蛇皮 白蛇 蛇果 蛇酒 蛇胆 画蛇 蛇形 梦 故事 剧 动物园 贪吃蛇 蛇口');

/** Something hot spilt onto someone: a scald even before the skin is told. */
const spilt = han('泼到 洒到 浇到 泼在 洒在 浇在 溅到 扣在 扣到 翻在');
const hotThing = han('热汤 开水 热水 滚水 热油 滚油 油锅 热粥 火锅 沸水');
const body = [...han('脸 身上 头上 手上 腿上 胳膊 背上 肚子 胸口'), ...person];
const spiltCalm = han('地上 桌上 没事 不要紧 不严重 一点点 没烫着 没烫到 以前 上次');

/** A fire cried out as an order (快救火), and a snake bite in English. */
const putOutFire = han('快救火 救火啊 救火呀 快来救火 帮忙救火 快灭火');
const snakeWord = words('snake, snakes');
const bitten = words('bit, bitten, bite, bites');

/** A fall from a height, in English. */
const fellFrom = words('fell from, fell out, fell off, jumped from, jumped off, falling from');
const height = words('window, balcony, roof, building, floor, stairs, ladder');

export const rescueConcepts: readonly CombinedConcept[] = [
  {
    kind: 'medical',
    source: '120 and 110: a cry for help typed alone (救命啊, 快来人), nothing else said',
    classes: [cry],
    unlessShapes: [saidBesideTheCry],
  },
  {
    kind: 'medical',
    source: '120 and 119: someone shut in a car or a stuck lift, and unable to get out',
    classes: [shutIn, insideNow],
    unless: shutInCalm,
  },
  {
    kind: 'medical',
    source: '120 and 119: someone buried or pinned under what came down',
    classes: [pinned, cameDown],
  },
  {
    kind: 'medical',
    source: '120 and 110: an animal attacking someone now (a dog chasing a child)',
    classes: [attacking, animal, person],
    unless: biteOver,
  },
  {
    kind: 'fire',
    source: '119: a snake got into the home or the block',
    classes: [snake, snakeIn],
    unless: snakeCalm,
  },
  {
    kind: 'medical',
    source: '120: something hot spilt onto someone (热汤泼到孩子脸上)',
    classes: [spilt, hotThing, body],
    unless: spiltCalm,
  },
  {
    kind: 'fire',
    source: '119: a fire cried out as an order (快救火)',
    classes: [putOutFire],
  },
  {
    kind: 'medical',
    source: '120: a snake bite told in English',
    classes: [snakeWord, bitten],
  },
  {
    kind: 'medical',
    source: '120: a fall from a height told in English (kid fell from window)',
    classes: [fellFrom, height],
  },
];
