// Needs told as what happens to a thing, with no service noun (issue 15, "nothing fits"
// precision, round of the 54th batch): "水池水半天下不去", "桶满了没人倒", "窗户关不严", "手划了个
// 口子", "不认识的人在楼里转来转去". Neither word alone is evidence (池子 is no repair, 满了 no
// rubbish, 转来转去 no patrol), so no synonym group can hold them; together, in one clause, they
// name a concept the resources already have. Each reading is an object word and a state word
// anywhere in one clause, in either order, and names the synonym group of that concept; it is
// read like clauseRules.ts' kinds of wording (groupsByWording), at the ask's weight. Written in
// general terms from the kinds of the 54th batch's tuning misses (all tuning; the need that
// showed the kind is named in each source), not from one sentence's words. The patterns are
// built once, when the module loads; per request only a dozen short patterns run.
import { han, words } from './termLists.js';

interface ObjectStateReading {
  /** The synonym group named, as "category/group". */
  group: string;
  /** The things (Chinese, space-separated; then English, comma-separated). */
  objects: readonly string[];
  /** What happens to them. */
  states: readonly string[];
  /**
   * Which words the reading takes from other groups once it is read: a state word that means
   * something else alone (晃悠 of a chair leg is no stranger loitering), or a thing that does (an
   * e-bike whose battery is taken is a theft, not a charging hazard).
   */
  rereads?: 'states' | 'objects';
  source: string;
}

const tuning = (needs: string) => `general: a thing and what happens to it; tuning: ${needs}`;

const readings: readonly ObjectStateReading[] = [
  {
    // Water that stays in a basin, a shower tray or a toilet: the drain, for the repair team.
    group: 'basic-living/drain',
    objects: [
      ...han(
        '水池 洗碗池 洗菜池 水槽 洗手盆 洗脸盆 洗手池 面盆 池子 浴缸 淋浴 地漏 下水口 蹲坑 便池 马桶 厕所',
      ),
      ...words('sink, basin, bath, bathtub, shower, toilet'),
    ],
    states: [
      ...han(
        '下不去 流不走 流不下去 积着 不走水 唔落 排不出 排不走 冲不下去 冲不走 冲不掉 冲不了 才下去 往上冒 返上来 冲水没反应 冲水没动静',
      ),
      ...words(
        'wont drain, will not drain, not draining, doesnt drain, wont flush, will not flush',
      ),
    ],
    rereads: 'states',
    source: tuning(
      '洗碗池的水老是积着流不走; 厕所按了冲水没反应; 淋浴那块水漫到脚脖子，半天才下去',
    ),
  },
  {
    // A full or unemptied bin: the rubbish crew. Not a toilet (马桶), a bucket of water or a rice
    // tub, nor a bin that is only asked about.
    group: 'basic-living/rubbish',
    objects: [
      ...han('垃圾桶 垃圾箱 垃圾堆 垃圾站'),
      '(?<![马水饭油米木])桶',
      ...words('bin, bins, dustbin, wheelie bin'),
    ],
    states: [
      ...han(
        '满了 满满的 满出来 都满 冒尖 溢出来 漫出来 堆成山 没人倒 没人收 没人清 没人拉 没人运 没倒 没收走 没拉走 臭烘烘 臭死',
      ),
      ...words('not been emptied, not emptied, overflowing, full'),
    ],
    rereads: 'states',
    source: tuning('桶满了没人倒; 楼下那几个大桶都冒尖了，臭烘烘的'),
  },
  {
    // A window, a drawer or a piece of furniture that will not shut, open or stand: an odd job
    // for the handyman volunteers. No front door (only a balcony's, a wardrobe's, a shutter): one
    // that will not lock is the property office's or a lock's, one forced the police's.
    group: 'basic-living/small-fix',
    objects: [
      ...han(
        '窗户 窗子 窗扇 窗框 纱窗 柜门 柜子 衣柜 抽屉 椅子 凳子 桌子 桌腿 椅子腿 床板 床腿 晾衣架 衣架 推拉门 阳台门 卷帘门 纱门 合页 门把手 把手(?![指臂腕机上里划割拉烫]) 拉手',
      ),
      ...words('window, drawer, cupboard, cabinet, wardrobe, chair, table'),
    ],
    states: [
      ...han(
        '关不严 关不上 关不紧 关不住 合不上 合不拢 拉不开 推不开 打不开 推不动 拉不动 拉不下来 关不了 卡住 卡死 晃 松了 松动 掉下来 掉了 破了 破洞 散架 漏风 灌风 摇不下来 歪了',
      ),
      ...words('wont close, will not close, wont shut, will not shut, stuck, loose, wobbly'),
    ],
    rereads: 'states',
    source: tuning(
      '窗户关不严，晚上呼呼灌风; 抽屉拉不开，卡住了; 纱窗破了个大洞; 椅子腿晃晃悠悠的',
    ),
  },
  {
    // A lock or its key that will not turn: the handyman volunteers (not a lost key, not a lock
    // forced: those are other readings' and the police's).
    group: 'basic-living/small-fix',
    objects: han('门锁 锁芯 锁头 钥匙'),
    states: han('不好使 拧不动 转不了 转不动 拧好几下 插不进去 拔不出来 卡住 卡死 生锈'),
    source: tuning('门锁有点不好使，钥匙要拧好几下; 门锁拧不动了，钥匙插进去转不了'),
  },
  {
    // Cooking no longer done at home, told of oneself: meals, not a stove that will not light.
    group: 'basic-living/meals',
    objects: han('一个人 自己 老两口 老俩口 我们俩 俩老的'),
    states: han('开不了火 开不了伙 不开火 不开伙 做不了饭 做不动饭 懒得做饭 不会做饭'),
    source: tuning('一个人开不了火'),
  },
  {
    // A phone or an app that will not connect or log in: the smartphone class.
    group: 'education-employment/digital',
    objects: [...han('手机 微信 平板 app'), ...words('phone, wechat, tablet')],
    states: [
      ...han('连不上 连不了 登不上 登不进去 登录不了 扫不出来 不会弄 不会用 不会调'),
      ...words('cant connect, wont connect, cant log in, wont log in'),
    ],
    source: tuning('手机连不上wifi，不晓得咋整'),
  },
  {
    // A stove that will not light or a water heater that runs cold: the gas and heating point.
    group: 'basic-living/heating-gas',
    objects: han('热水器 炉灶 灶台 煤气灶 燃气灶 炉子 暖气片 暖气管'),
    states: han('凉 冰凉 不热 点不着 打不着火 着不了 不出热水'),
    source: tuning('热水器出来的水一直是凉的'),
  },
  {
    // A small cut, graze, splinter, blister or sore on the hand, the foot or the mouth: the
    // health station. Not 手机, 手续, 手艺 or a wristband; a deep cut bleeding is the danger reader's.
    group: 'health-medical/checkup',
    objects: [
      '手(?![机续艺工表环套术推])',
      ...han('指头 指甲 趾甲 胳膊 脚(?!步) 腿 膝盖 额头 脸上 嘴(?!巴上说) 舌头'),
      ...words('hand, finger, thumb, arm, knee, foot, leg'),
    ],
    states: [
      ...han(
        '划了个口子 拉了个口子 拉了一道 划了一道 口子 划破 割破 蹭破 擦破 磕破 破皮 破了点皮 起了个泡 长了个泡 起泡 大泡 水泡 扎了根刺 扎了刺 长到肉里 长进肉里 发炎 化脓 红肿 溃疡',
      ),
      ...words('cut, grazed, graze, scratched, blister'),
    ],
    source: tuning('手划了个口子; 切菜把指头拉了一道，血止住了; I cut my hand on a tin'),
  },
  {
    // A throat that feels stopped up or will not swallow: the health station.
    group: 'health-medical/checkup',
    objects: han('嗓子 嗓子眼 喉咙 喉咙口'),
    states: han('堵 咽不下去 咽不下 卡着 哑了 发哑 疼'),
    source: tuning('嗓子眼像堵了东西，咽不下去'),
  },
  {
    // A blood pressure or sugar measured high: the health station, not the pharmacy that sells
    // the meter.
    group: 'health-medical/checkup',
    objects: han('血压 血糖'),
    states: han('好高 老高 很高 太高 偏高 高得 高了 降不下来 量出来'),
    rereads: 'objects',
    source: tuning('血压计量出来好高，心里没底'),
  },
  {
    // Alone all day with nobody to talk to: the companion volunteers.
    group: 'social-cultural/companionship',
    objects: han('一个人 自己 独自 一人 一天 整天 成天 天天'),
    states: han(
      '说不上一句话 说不上话 说不了一句话 没人说话 没人说句话 没个说话的 没人搭理 没人理',
    ),
    source: tuning('一个人在家待着，一天说不上一句话'),
  },
  {
    // Strangers going round and round the building: the safety patrol.
    group: 'safety-emergency/patrol',
    objects: han('不认识的人 陌生人 生面孔 生人 陌生面孔 外来人 外人 来历不明'),
    states: han(
      '转来转去 转悠 晃悠 晃来晃去 溜达来溜达去 走来走去 徘徊 东张西望 探头探脑 鬼鬼祟祟',
    ),
    source: tuning('不认识的人在楼里转来转去'),
  },
  {
    // Someone going from door to door: the patrol (a knock is no noise dispute then).
    group: 'safety-emergency/patrol',
    objects: han('挨家挨户 挨门挨户 一家一家 一户一户 一层一层'),
    states: han('敲门 拍门 按门铃 推销 打听 问东问西'),
    rereads: 'states',
    source: tuning('有个人挨家挨户敲门推销，看着不像好人'),
  },
  {
    // A neighbour told of a trouble who will not act: the mediation room, whatever the trouble
    // (a dripping unit, rubbish left out, a noise).
    group: 'safety-emergency/dispute',
    objects: [
      ...han('隔壁 邻居 楼上 楼下 对门 对面'),
      ...words('neighbour, neighbours, neighbor, neighbors, next door, upstairs'),
    ],
    states: [
      ...words('barks, barking, bark, loud music, shouting, banging, party, parties'),
      ...han(
        '说了不管 说了不听 说了也不听 说了也不管 说了不改 说了好几次 说不通 讲不通 不讲理 不理人',
      ),
    ],
    source: tuning('隔壁空调外机滴水滴到我家窗台，说了不管; My neighbour’s dog barks all night'),
  },
  {
    // A battery or a bicycle taken: theft, for the police room.
    group: 'safety-emergency/security',
    objects: han('电瓶 电池 电动车 自行车 车子 三轮车 车筐 车座 花盆'),
    states: han('拔走 被拔 让人拔 偷走 被偷 让人拿走 被人拿走 让人顺走 被顺走 顺走了'),
    rereads: 'objects',
    source: tuning('楼下的电动车电瓶又让人拔走了'),
  },
];

const latin = /^[a-z ]+$/u;
/**
 * An English term is a whole word, written as the text arrives (apostrophes dropped: wont,
 * doesnt); a Chinese one is itself, or a pattern when it carries a
 * lookaround (手(?!机): not a phone).
 */
const pattern = (term: string): string => {
  if (latin.test(term)) return `(?<![a-z])${term}(?![a-z])`;
  return term.includes('(?') ? term : term.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');
};
const inOneClause = '[^，,。.！!？?；;、\\n]{0,12}?';
/**
 * Or the state opening the next clause, after at most an adverb, naming no other thing ("淋浴那块水
 * 漫到脚脖子，半天才下去"): the thing of the clause before is still its subject.
 */
const intoNextClause = `${inOneClause}[，,；;、]\\s*(?:半天|老是|总是|一直|还是|就是|也|都|还|又)?`;

const compiled = readings.map((reading) => {
  const objects = reading.objects.map(pattern).join('|');
  const states = reading.states.map(pattern).join('|');
  const reread = reading.rereads === 'objects' ? objects : states;
  return {
    group: reading.group,
    when: new RegExp(
      `(?:${objects})(?:${inOneClause}|${intoNextClause})(?:${states})|(?:${states})${inOneClause}(?:${objects})`,
      'u',
    ),
    reread: reading.rereads === undefined ? null : new RegExp(reread, 'gu'),
  };
});

/** The groups the text's things and what happens to them name, each once. */
export function objectStateGroups(text: string): string[] {
  const groups: string[] = [];
  for (const { group, when } of compiled) {
    if (!groups.includes(group) && when.test(text)) groups.push(group);
  }
  return groups;
}

/**
 * The words a reading of the text takes from other groups (see `rereads`): the state or object
 * words inside each stretch read; a term of the text inside one of them is the reading's.
 */
export function objectStateRereadWords(text: string): string[] {
  const taken: string[] = [];
  for (const { when, reread } of compiled) {
    if (reread === null) continue;
    const stretch = when.exec(text)?.[0];
    if (stretch !== undefined) taken.push(...(stretch.match(reread) ?? []));
  }
  return taken;
}

/** For the unit test: every reading names a group as "category/group". */
export const objectStateReadingGroups: readonly string[] = readings.map((r) => r.group);
