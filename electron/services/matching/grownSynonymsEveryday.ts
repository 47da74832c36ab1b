// Everyday words for each synonym group, written group by group from how residents talk about
// each kind of help (issue 15: the lists held the tuning phrasings and little around them, so a
// need said any other way fell through to staff). Unlike grownSynonyms.ts, these were not taken
// from misses: each group was filled in one pass with the plain, northern and spoken words for
// its help (中饭/晌午饭, 大夫/瞧病, 找活儿/打零工, 唠嗑/空落落…) and the English a resident
// would type, before the fifteenth batch of labelled needs was written. Words of the held-out
// part were never looked up or added. Kept apart so each list stays short.
import type { GrownTerms } from './grownSynonyms.js';

const general = 'general: everyday words for this help, written before batch 15';

export const everydayGrownTerms: readonly GrownTerms[] = [
  {
    category: 'basic-living',
    group: 'pipe-repair',
    chinese: `洇水 冒水 往下滴 滴答 滴滴答答 哗哗 龙头 水龙头坏了 水嘴 水管子 水管裂了 冻裂
      水表 自来水 水压 水小 没有水 马桶漏水 水池 水槽 洗手池 水池子 热水管 阀门坏了 卫生间 洗手间 浴室`,
    english: 'water leak, leaking, leaky, no water, water pressure, sink leak, leaking tap',
    source: `${general}; tuning: 水池子底下老往外洇水`,
  },
  {
    category: 'basic-living',
    group: 'drain',
    chinese: `下水 下水管 堵死 不通 通下水 通马桶 冲不下去 冲不走 马桶堵 厕所堵 水池堵 下水口
      返臭 溢出来 漫出来`,
    english: 'blocked drain, blocked toilet, clogged, overflowing toilet, drains',
    source: general,
  },
  {
    category: 'basic-living',
    group: 'electrical',
    chinese: `没电了 电没了 跳闸了 保险丝 空开 漏电 电线老化 插头 灯泡坏了 开灯 全黑
      黑灯瞎火 电源 短路 电闸跳`,
    english: 'electric, electrics, lights out, tripped, fuse box, short circuit, no electricity',
    source: `${general}; tuning: 家里灯一开就啪一声全黑了`,
  },
  {
    category: 'basic-living',
    group: 'repair',
    chinese: `修一修 修修 修一下 帮忙修 修好 不好使 不灵了 不管用 坏掉 失灵 松了 上门修 师傅
      维修师傅 修东西`,
    english: 'not working, stopped working, mend, broke, fix it, repairman',
    source: general,
  },
  {
    category: 'basic-living',
    group: 'appliance',
    chinese: `电器 电视机 电冰箱 油烟机 抽油烟机 电热水器 电风扇 风扇 电暖气 饮水机 电磁炉
      不制冷 不转了 洗衣机坏了`,
    english: 'washer, microwave, oven, heater, fan, kettle, dishwasher',
    source: general,
  },
  {
    category: 'basic-living',
    group: 'rubbish',
    chinese: `扔东西 扔掉 没地方扔 碎砖头 建筑垃圾 废品 破烂 旧衣服 旧沙发 旧床 拉走 清走
      收垃圾 垃圾满了 垃圾堆`,
    english: 'bulky waste, junk, old sofa, dump, rubbish collection',
    source: `${general}; tuning: 装修剩了一堆碎砖头没地方扔`,
  },
  {
    category: 'basic-living',
    group: 'property',
    // 门锁 alone is one's own door, a small fix (grownSynonymsEverydayFifth.ts); the building's
    // is 单元门锁 or 大门.
    chinese: `物业公司 电梯坏了 电梯停了 困电梯 电梯卡住 卡在 单元门锁 大门 楼门 门禁卡
      对讲 楼道 走廊 公共区域 路灯 井盖`,
    english: 'intercom, building manager, estate management, broken lift, corridor',
    source: `${general}; tuning: 楼里电梯卡在三楼不动了`,
  },
  {
    category: 'basic-living',
    group: 'heating-gas',
    chinese: `暖气片 不热乎 冰凉 屋里冷 冻得 没暖气 供热 热力 燃气表 气表 煤气罐 液化气 灶台
      打不着火 点不着 燃气费 暖气费 十几度`,
    english: 'cold flat, no heating, boiler, gas meter, heater not working, cold radiator',
    source: `${general}; tuning: 冬天屋里才十几度，暖气片摸着冰凉`,
  },
  {
    category: 'basic-living',
    group: 'meals',
    chinese: `中饭 晌午饭 早饭 管饭 管顿饭 吃口热的 做不动饭 不会做饭 懒得做饭 开火 不开火
      饭堂 订餐 订饭 包饭 盒饭 老人餐 营养餐 一日三餐 三顿饭 吃饭难`,
    english: 'cook, cooking, eat, hungry, meals on wheels, hot food, something to eat',
    source: `${general}; tuning: 一个人住懒得开火，有没有地方管顿中饭`,
  },
  {
    category: 'basic-living',
    group: 'housekeeping',
    chinese: `收拾屋子 收拾家 打扫屋子 搞卫生 做卫生 大扫除 擦窗户 擦地 拖地 保姆 家政阿姨`,
    english: 'clean my flat, clean the house, tidy, tidy up, cleaning lady, housework',
    source: general,
  },
  {
    category: 'health-medical',
    group: 'checkup',
    chinese: `大夫 看大夫 瞧病 看看病 不舒服 难受 发烧了 发热 嗓子疼 肚子疼 胃疼 腰疼 腿疼
      关节疼 牙疼 头痛 拉肚子 血压高 查血压 测血压 量体温 化验 抽血 直不起来`,
    english: 'unwell, ill, pain, aches, headache, stomach ache, backache, sore throat',
    source: `${general}; tuning: 我这腰疼得直不起来，想找个大夫看看`,
  },
  {
    category: 'health-medical',
    group: 'chronic',
    chinese: '三高 血脂 高血脂 血糖高 老毛病 哮喘 慢阻肺 痛风 降糖 胰岛素',
    english: 'insulin, asthma, copd, long-term condition',
    source: general,
  },
  {
    category: 'health-medical',
    group: 'nursing',
    chinese: `翻身 擦洗 擦身子 伤口 换纱布 打吊瓶 吊瓶 瘫在床上 下不了床 起不了床 喂饭 鼻饲 导尿`,
    english: 'bed bath, bedsore, change dressing, wound care, injection at home, home nurse',
    source: `${general}; tuning: 老母亲瘫在床上好几年了，想有人上门给翻身擦洗`,
  },
  {
    category: 'health-medical',
    group: 'mental',
    chinese: `想不通 心里堵 心里不痛快 堵得慌 不开心 郁闷 烦躁 心烦 睡不好 睡不踏实 整夜睡不着
      做噩梦 胡思乱想 紧张 压力大`,
    english: 'feeling down, upset, nervous, panic, insomnia, mental health, low mood',
    source: general,
  },
  {
    category: 'health-medical',
    group: 'escort',
    chinese: `陪我去医院 陪着看病 没人陪 不在身边 上医院 去复查 做检查 住院`,
    english: 'take me to hospital, go with me, hospital appointment, doctor appointment',
    source: general,
  },
  {
    category: 'health-medical',
    group: 'medicine',
    chinese: `药没了 药快没了 降糖药 降压片 止疼药 胃药 续药 开点药 取点药 带点药 捎点药 药片
      药丸`,
    english: 'tablets, medicines, refill, repeat prescription, bring my pills',
    source: general,
  },
  {
    category: 'health-medical',
    group: 'family-doctor',
    chinese: '家庭大夫 签个医生 签家庭医生 上门瞧病 到家看病 上家里来 医生上门 大夫上门',
    english: 'doctor at home, home doctor, gp visit',
    source: general,
  },
  {
    category: 'health-medical',
    group: 'elder-care',
    chinese: '糊涂 记性差 忘事 认不得人 看护 托管老人 白天没人照顾 没人照顾 养老院 护理院 陪护',
    english: 'carer, elderly parent, respite, looking after my mother, looking after my father',
    source: general,
  },
];
