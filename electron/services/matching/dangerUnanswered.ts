// Someone close who lives alone and does not answer, or who never arrived where they went and
// is out of reach, as word classes combined (the reading dangerCombinations.ts explains). The
// 45th batch told these without a danger word: 我爸一个人在家，打了十几个电话都不接; my grandma lives
// alone and has not answered her phone since yesterday; 老师说她今天根本没来，电话关机. An old
// person alone who stops answering may be lying on the floor (120: someone must go and look);
// one who never arrived is missing (110). A deaf ear, a flat battery, a parent at work, or asking
// for a volunteer to ring every day stays calm. Texts arrive folded.
import type { CombinedConcept } from './dangerCombinations.js';
import { closePerson, hypothetical } from './dangerMissing.js';
import { han, words } from './termLists.js';

/** No answer on the phone or at the door. */
const unanswered = [
  ...han(`都不接 不接电话 电话不接 没人接 没接 打不通 没人应 没人开门 没人开 敲门不开 敲门不应 敲门没人
    不开门 不回消息 没回消息 联系不上 联系不到 失联 关机`),
  ...words(`not answered, not answering, hasnt answered, has not answered, no answer, nobody answers,
    nobody opens, doesnt answer, does not answer, wont answer, not picking up, cant reach,
    cannot reach, phone is off, no reply, no response, not replying`),
];

/** Someone close, and the aunts and uncles the missing reading does not count. */
const someoneClose = [...closePerson, ...han('姑 姨 舅 叔 伯'), ...words('aunt, auntie, uncle')];

/** Living alone, or alone at home now. */
const alone = [
  ...han('一个人在家 一个人住 独居 自己住 一人在家 单独在家 一个人过 自己在家 独自在家 一个人生活'),
  ...words('lives alone, living alone, on her own, on his own, by herself, by himself, alone'),
];

/** Never arrived where they went. */
const neverArrived = [
  ...han(`根本没来 今天没来 人没来 没来上课 没去上课 没去上班 没到 没见她来 没见他来 没见人来 压根没来
    没去学校`),
  ...words(`never arrived, didnt arrive, did not arrive, never got there, didnt turn up, did not turn up,
    never turned up, not turned up`),
];

/** A reason for the silence that is no danger, or a call asked for in future. */
const harmlessSilence = [
  ...hypothetical,
  ...han(`耳朵背 耳背 听不见 听不到 静音 没电 欠费 停机 信号 在上班 上班呢 出差 开会 在忙 想找 志愿者 每天 定期
    老是 经常 习惯`),
  ...words('deaf, hard of hearing, battery, signal, at work, every day, volunteer'),
];

/** No sign of life at the door of someone alone (49th batch: 两天没开灯了，门口外卖还挂着). */
const noSignOfLife = [
  ...han(`没开灯 灯没开 灯也没开 外卖还挂着 外卖还在 外卖没拿 快递没拿 牛奶没拿 报纸堆 信箱塞满 门口堆着
    几天没动静 好几天没动静 两天没动静 三天没动静`),
  ...words(
    'lights off for days, post piling up, milk on the doorstep, no sign of her, no sign of him',
  ),
];

export const unansweredConcepts: readonly CombinedConcept[] = [
  {
    kind: 'medical',
    source: '120: no sign of life for days at the door of someone living alone: go and look',
    classes: [noSignOfLife, alone],
    unless: harmlessSilence,
  },
  {
    kind: 'medical',
    source: '120: someone close living or left alone who has stopped answering: go and look',
    classes: [unanswered, alone, someoneClose],
    unless: harmlessSilence,
  },
  {
    kind: 'missing',
    source: '110: someone close who never arrived where they went and is out of reach',
    classes: [neverArrived, unanswered, closePerson],
    unless: harmlessSilence,
  },
];
