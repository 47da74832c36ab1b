// A person at risk of dying now, read as word classes combined (the reading dangerCombinations.ts
// explains), for 120. Relatives rarely say 自杀: they report what was said ("不想拖累我们了",
// "活着没意思", "everyone would be better off without me") and what is at hand (the pills, a
// roof, a knife), or a farewell. Neither alone is a call (sadness is the counselling room's, pills
// are a pharmacy's), both together are the crisis the 120 and the crisis line take. A child (or
// anyone) at a window or a roof edge, leaning out or refusing to come down, is a fall about to
// happen. Written from the suicide-prevention warning signs (talk of being a burden, of no reason
// to live, saying goodbye, getting the means) and the twentieth batch's tuning half. Texts arrive
// folded (Simplified, lower case).
import type { CombinedConcept } from './dangerCombinations.js';
import { person } from './dangerPeople.js';
import { han, words } from './termLists.js';

/** Talk of being a burden, of no reason to live, or of an end. */
const despair = [
  ...han(`不想拖累 拖累你们 拖累大家 拖累家里 拖累孩子 活着没意思 活着没劲 活着有什么意思 没活头
    活够了 不想活 一了百了 解脱了 想解脱 想死 不如死了 死了算了 离开这个世界`),
  ...words(`better off without me, better off without her, better off without him, no point living,
    no reason to live, end it all, a burden to, burden on everyone, want to die, wants to die,
    cant go on, cannot go on`),
];
/** What is at hand, or a farewell: the plan under way. */
const meansOrFarewell = [
  ...han(`药 安眠药 刀 绳子 楼顶 天台 窗台 跳 农药 煤气 割 告别 遗书 后事 最后一次 关在屋 锁在屋
    把自己关 把自己锁`),
  ...words(`pills, tablets, knife, rope, roof, bridge, jump, goodbye, note, locked himself,
    locked herself, in my hand`),
];

/** A height with nothing between a person and the drop. */
const heightEdge = [
  ...han(`窗台 窗户外 窗外 窗沿 阳台边 阳台外 阳台栏杆 栏杆外 护栏外 栏杆上 护栏上 楼顶 天台 房顶 屋顶
    楼沿 空调外机`),
  ...words('window ledge, windowsill, ledge, balcony railing, railing, rooftop, roof'),
];
/** Out over it, or not coming back from it. */
const overTheEdge = [
  ...han(`探出 探~出来 往外探 伸出去 爬上 爬到 爬出 翻出 翻过 悬着 挂在 吊在 坐在边 站在边 边上
    不肯下来 不下来 不愿下来 劝不下来 不听劝 劝都不听 劝不住 半个身子`),
  ...words(
    'leaning out, hanging out, climbing over, climbed over, standing on the, wont come down',
  ),
];
/** Cleaning a window or hanging washing is a chore at the edge, not a fall about to happen. */
const chores = [
  ...han('擦窗 擦玻璃 晾衣 晒被 晒衣 浇花 装修 安装 修空调 装空调 防护网'),
  ...words('cleaning the window, washing, install, fitting'),
];

export const atRiskConcepts: readonly CombinedConcept[] = [
  {
    kind: 'medical',
    source: '120 and the crisis line: talk of despair with the means at hand or a farewell',
    classes: [despair, meansOrFarewell],
  },
  {
    kind: 'medical',
    source: '120: someone out over a window, a balcony or a roof edge',
    classes: [overTheEdge, heightEdge, person],
    unless: chores,
  },
];
