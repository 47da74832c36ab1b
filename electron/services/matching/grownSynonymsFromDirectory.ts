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
  {
    category: 'basic-living',
    group: 'pipe-repair',
    chinese: '水箱 马桶水箱',
    source: 'tuning: 厕所水箱一直哗哗响',
  },
  {
    category: 'basic-living',
    group: 'appliance',
    chinese: '换个灯泡 换灯 够不着',
    source: 'tuning: 想换个灯泡，够不着; resource: handyman-volunteers (换灯泡)',
  },
  {
    category: 'education-employment',
    group: 'jobs',
    chinese: '找到活 找活 找个活 干活 活儿',
    source: 'tuning: 五十多岁了还能找到活吗 (活 for work, northern speech)',
  },
  {
    category: 'education-employment',
    group: 'digital',
    chinese: '视频聊天 视讯 跟孙子视频 开视频 打视频',
    source: 'tuning: 想学视频聊天，跟孙子视频; 想學用LINE跟孫子視訊 (Taiwan says 視訊)',
  },
  {
    category: 'education-employment',
    group: 'startup',
    chinese: '开个网店 网店',
    source: 'tuning: 想开个网店卖土特产',
  },
  {
    category: 'education-employment',
    group: 'tutoring',
    chinese: '接孩子 接不了孩子 没人接孩子 上班接不了',
    source: 'tuning: 孩子放学早，我们上班接不了',
  },
  {
    category: 'social-cultural',
    group: 'companionship',
    chinese:
      '儿女都在外地 儿女在外地 子女在外地 子女不在身边 儿女不在身边 孩子都在外地 老太太一个人 老头一个人',
    source: 'tuning: 儿女都在外地，老太太一个人',
  },
  {
    category: 'safety-emergency',
    group: 'fire',
    chinese: '烟感 烟雾报警器 烟感报警器 楼道充电 在楼道充电 楼道里充电',
    english: 'smoke alarm, smoke detector',
    source: 'tuning: 去年家里着过一次火，想装个烟感; 电动车在楼道充电，太危险了',
  },
  {
    category: 'basic-living',
    group: 'pipe-repair',
    chinese: '管子 呲水 往下掉水',
    source: 'tuning: 卫生间的管子呲水; 屋顶滴答滴答往下掉水',
  },
  {
    category: 'basic-living',
    group: 'drain',
    chinese: '下水 下水反 反上来',
    source: 'tuning: 厨房的下水反上来了',
  },
  {
    category: 'basic-living',
    group: 'housekeeping',
    chinese: '清洗 油乎乎 擦擦 脏得',
    source: 'tuning: 油烟机油乎乎的想找人清洗; 家里的窗户玻璃脏得看不清',
  },
  {
    category: 'basic-living',
    group: 'property',
    chinese: '大门的锁 大门锁 楼门 单元门锁 电梯里的灯 电梯灯',
    source: 'tuning: 楼下大门的锁坏了关不上; 电梯里的灯不亮',
  },
  {
    category: 'health-medical',
    group: 'checkup',
    chinese: '大夫 瞧病 看大夫 找大夫',
    source: 'tuning: 膝盖疼了好多年，想找大夫看看 (大夫 is the northern word for doctor)',
  },
  {
    category: 'health-medical',
    group: 'family-doctor',
    chinese: '上家里来 来家里 上家里 到家里来',
    source: 'tuning: 想让大夫上家里来瞧瞧',
  },
  {
    category: 'health-medical',
    group: 'nursing',
    chinese: '伤口 出院',
    source: 'tuning: 出院了伤口还得有人弄',
  },
  {
    category: 'health-medical',
    group: 'medicine',
    chinese: '胰岛素 眼药水 药膏',
    source: 'tuning: 胰岛素快没了; 眼药水用完了',
  },
  {
    category: 'education-employment',
    group: 'benefits',
    chinese: '倒闭 没收入 厂子倒闭 下岗',
    source: 'tuning: 厂子倒闭了，没收入了',
  },
  {
    category: 'education-employment',
    group: 'training',
    chinese: '手艺 学手艺 学门手艺 按摩 推拿',
    source: 'tuning: 想学门手艺; 想学按摩推拿挣点钱',
  },
  {
    category: 'education-employment',
    group: 'startup',
    chinese: '摆摊 摆个摊 小摊',
    source: 'tuning: 想摆个摊卖煎饼',
  },
  {
    category: 'social-cultural',
    group: 'fitness',
    chinese: '活动筋骨 筋骨',
    source: 'tuning: 平时想出来活动活动筋骨',
  },
  {
    category: 'social-cultural',
    group: 'companionship',
    chinese: '唠嗑 唠唠嗑 唠唠',
    source: 'tuning: 想找人唠唠嗑 (northern speech for a chat)',
  },
  {
    category: 'social-cultural',
    group: 'volunteering',
    chinese: '出点力 出份力 出把力',
    source: 'tuning: 想给社区出点力',
  },
  {
    category: 'safety-emergency',
    group: 'dispute',
    chinese: '咚咚响 剁肉 剁馅',
    source: 'tuning: 隔壁天天半夜剁肉，咚咚响',
  },
  {
    category: 'safety-emergency',
    group: 'fire',
    chinese: '私拉电线 拉电线 飞线',
    source: 'tuning: 地下车库好多人私拉电线给车充电; resource: fire-station (飞线充电)',
  },
  {
    category: 'safety-emergency',
    group: 'security',
    chinese: '路太黑 太黑了 有人跟着 老有人跟着',
    source: 'tuning: 晚上回家那段路太黑，老有人跟着',
  },
];
