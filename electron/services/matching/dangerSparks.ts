// Sparks from wiring, a socket or an appliance now are a fire for 119 first (product owner's
// decision, 38th batch: 電線冒火花, 插座冒火星子, 电闸那里在冒火星, cha zuo mao huo hua). Read as
// word classes combined (the reading dangerCombinations.ts explains): a spark word and something
// electric. The phrase list blanks 冒火花 and 冒火星 before it reads (dangerWords.ts
// notDangerPhrases), so its 冒火 and the fire hazard's 火+冒 never fire on a spark from a stove's
// igniter or a welder; this reader runs on the live text before that blanking (danger.ts).
// Calm: sparks that come each time a plug goes in or a switch is pressed (一插就冒火星, a standing
// fault for the electrician, as everydayCalmPatterns reads 一洗澡水就漫出来), a thing no longer used
// or switched off (不敢用了, 拔了), a gas stove's igniter, a welder, a grinder, a lighter, and a
// board bought to prevent them (防火花的插线板).
import type { CombinedConcept } from './dangerCombinations.js';
import { han, words } from './termLists.js';

/**
 * Sparks, in the words residents use: not 火星 alone (Mars, on a child's tablet) nor sparkling (water
 * in the fridge).
 */
export const sparkWords = [
  ...han(`冒火花 冒火星 火花 火星子 电火花 打火花 迸火星 溅火星 蹦火星 冒火光 闪火花 爆火花
    噼里啪啦冒 噼啪冒 啪啪冒 冒电火`),
  ...words('sparks, sparking, sparked, spark, spark out, make sparks'),
];

/** Something electric: the wiring, a socket or plug, a board, a light or an appliance. */
const electricThing = [
  ...han(`电线 线路 电路 电源线 插座 插头 插排 排插 插线板 接线板 拖线板 插板 插苏 电闸 闸刀 总闸 电箱
    充电头 充电口 插口 适配器 数据线 平板 手机 充电 电表 电表箱 配电箱 配电柜 开关 灯 灯泡 灯管 吊灯 灯座 充电器 充电宝 充电线 充电桩 电器 电源 电线杆
    变压器 电视 冰箱 空调 微波炉 电饭锅 电饭煲 电磁炉 热水器 电暖器 电暖气 取暖器 小太阳 电热毯
    洗衣机 电风扇 风扇 电脑 主机 电动车 电瓶车 电瓶 电池 电吹风 吹风机 电水壶 烧水壶 墙里 墙上 天花板`),
  ...words(`socket, plug, wire, wires, wiring, cable, cord, outlet, charger, switch, fuse box, fusebox,
    extension, power strip, light, lamp, heater, fridge, tv, battery, scooter, e-bike`),
];

/** A spark that is no fire now: a standing fault, a thing switched off, a tool made to spark. */
const sparksCalm = [
  ...han(`不敢用 不用了 没再用 拔了 拔掉了 拔下来了 关了电闸 拉了闸 拉闸了 断电了 断了电 已经断电 打火
    点火 打火机 电焊 焊接 砂轮 防火花 防火星 防打火 想买 买个 买一个 买了 推荐 擦出火花 思想的火花 灵感 切割 烟花 鞭炮 火花塞 星座 火星人 火星文 以后 将来 会不会 能不能 是不是正常 正常吗`),
  ...words('igniter, lighter, welding, grinder, fireworks, sparkler, spark plug, in case, normal'),
];

/** Each time it is plugged in, switched on or touched: a standing fault (一插就冒火星). */
const eachTime =
  /一(?:插|按|开|拔|碰|用|打开|接通|摁|通电|插上|插进)[^,.!?;:，。！？；：]{0,6}?就|每次|每回|老是|经常|总是|有时候|偶尔|\b(?:every time|whenever|sometimes)\b/u;

export const sparkConcepts: readonly CombinedConcept[] = [
  {
    kind: 'fire',
    source: '119 then the electrician: sparks from wiring, a socket or an appliance now',
    classes: [sparkWords, electricThing],
    unless: sparksCalm,
    unlessShapes: [eachTime],
  },
];
