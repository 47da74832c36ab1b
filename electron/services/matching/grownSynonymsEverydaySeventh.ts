// A seventh pass of everyday words (issue 15, ranking: an acceptable resource first for calm
// safety needs and health needs told as circumstances). Every entry starts from a miss of the
// thirty-first batch (all tuning; named in its source) or a tuning miss named for this round, and
// adds the family of words residents use for that circumstance, not the one sentence's words: a
// theft found out days later, a stranger hanging about, a light out in the shared spaces, a dog
// off its lead, a power strip or a heater to be looked at, a quarrel that will not settle, a gas
// meter or hose, a walker and a queue at the hospital, pills to sort, a blood test, an elder who
// cannot be left alone by day, a cooker hood that no longer draws. Longer phrases that hold
// another group's word decide where they stand (看不清路 is a dark estate, not weak eyes; 血压都上来了
// and 心脏受不了 told of a neighbour's drilling are the neighbour's noise; 多开点 is medicine, not a
// shop; 一做饭 is when the fumes fill the kitchen, not a meal wanted). Words a danger reads stay
// with the danger lists.
import type { GrownTerms } from './grownSynonyms.js';

const general =
  'general: what residents say of this circumstance, seventh pass (round of batch 31)';
const tuning = (needs: string) => `${general}; tuning: ${needs}`;

export const everydayGrownTermsSeventh: readonly GrownTerms[] = [
  {
    category: 'safety-emergency',
    group: 'security',
    // A theft found out or told days later, by the verbs residents use, and a thing found that
    // someone lost (the police room's lost property).
    chinese:
      '偷了 偷走 偷走了 让人偷 叫人偷 给偷了 叫人给偷 被人偷 被偷走 叫人拿走 叫人推走 给推走了 被人推走 让人推走 摸走了 被摸走 让人摸走 顺走 顺走了 被人顺走 被顺走 掏了 被人掏 被掏 掏包 扒手 扒窃 手脚不干净 报案 报个案 立案 车没了 车子没了 自行车没了 电瓶没了 家里丢了 金镯子 金项链 金戒指 金首饰 首饰 捡到 拾到 捡了个 失物招领 门牌号 拿着进来 有人进来 怕有人进来 开门进来',
    english: 'pickpocket, pickpocketed, report a theft, found a',
    source: tuning(
      '上礼拜在菜市场钱包被人掏了，当时没顾上，现在还能报吗; 放在楼道里的自行车没了，都好几天了; 在花坛边上捡到一串钥匙，该交给谁; 家里上个月丢了个金镯子，怀疑是来干活的小时工拿的; 家门钥匙丢了，钥匙扣上还写着门牌号，怕有人拿着进来',
    ),
  },
  {
    category: 'safety-emergency',
    group: 'security',
    // Someone hanging about who does not belong: the police room's, the patrol's too.
    chinese: '转悠 瞎转悠 来回转悠 晃悠 瞎晃悠 不像本小区的 不是本小区的 面生 生面孔 眼生',
    english: 'hanging around, loitering',
    source: tuning('听说有人老在楼下车棚那块儿转悠，看着不像本小区的'),
  },
  {
    category: 'basic-living',
    group: 'property',
    // A light out in the shared spaces, and what the dark does: the property office's.
    chinese:
      '感应灯 声控灯 楼梯灯 车库的灯 车库灯 地下车库的灯 门口的灯 门口那盏灯 路灯 路灯不亮 看不清路 看不清道 黑咕隆咚 黑乎乎 摸黑 黑灯瞎火',
    english: 'motion sensor light, car park light',
    source: tuning(
      '我们楼三层到五层的感应灯都不亮，老人上下楼怕摔着; 地下车库的灯坏了好几个，一个人去取车心里慌; 小区里路灯坏了一排，晚上遛弯都看不清道',
    ),
  },
  {
    category: 'safety-emergency',
    group: 'dispute',
    // A dog off its lead among people: the owner's neighbours' matter (the mediation room; the
    // police room too). Not a dog's own needs, which no service meets.
    chinese:
      '不拴绳 没拴绳 不拴 没拴 不牵绳 没牵绳 不牵 狗绳 拴狗 狗乱跑 狗到处跑 狗追人 追着人跑 见人就扑 扑人 狗屎 狗粪 狼狗 烈性犬 大型犬 嘴套',
    english: 'off the lead, off its lead, no leash, unleashed',
    source: tuning(
      '邻居家的大狗老在院子里乱跑，跟他说了也不听; 楼里有人养了条大狼狗，出门不戴嘴套，见人就扑',
    ),
  },
  {
    category: 'safety-emergency',
    group: 'dispute',
    // A quarrel that will not settle: who pays, who will not listen, who is right.
    chinese:
      '赔钱 赔偿 谈不拢 说不通 不认账 不讲理 评评理 评理 说和 闹翻 闹掰 翻脸 扯皮 跟我急 急眼 说了也不听 说也不听 说了不听 说了好几回 说了几回 说了好几次',
    english: 'will not pay, will not listen, who is right',
    source: tuning(
      '跟楼下为了漏水赔钱的事一直谈不拢; 对门天天把垃圾袋放门口，味儿大，跟他说他还跟我急',
    ),
  },
  {
    category: 'safety-emergency',
    group: 'dispute',
    // A neighbour's renovation and the body it wears out, told as the complaint (装修电钻 and
    // 隔壁装修 are a neighbour's noise even in the living journey, where 装修 alone is the rubbish
    // crew's; no 楼上装修: more 楼 phrases outside the building's group would untie 楼 from it).
    chinese:
      '装修电钻 装修砸墙 装修敲墙 装修声 装修吵 隔壁装修 对门装修 邻居装修 邻居家装修 电钻 冲击钻 电锯 砸墙 敲墙 凿墙 敲敲打打 叮叮当当 叮叮咣咣 咚咚咚 轰隆隆 一响一上午 装修噪音 装修的声音 心脏受不了 血压都上来了 吵得头疼 吵得心慌',
    english: 'drilling, drill, hammering',
    source: tuning('楼上装修电钻一响一上午，我这心脏受不了; 隔壁装修天天砸墙，我这血压都上来了'),
  },
  {
    category: 'safety-emergency',
    group: 'fire',
    // Power strips, heaters and wires strung out of a window: a fire hazard to be looked at.
    chinese: '插线板 插排 拖线板 电暖气 电暖器 小太阳 大功率 扯根线 扯线 私拉电线 乱拉电线',
    english: 'power strip, extension lead, extension cord, space heater, heater',
    source: tuning(
      '冬天要用电暖气，想找人看看我这插线板这么接行不行; 邻居老是从窗户扯根线下来给电瓶车充电，我担心出事',
    ),
  },
  {
    category: 'basic-living',
    group: 'heating-gas',
    // The gas meter, hose and pipes, and the gas company's check at the door.
    chinese: '燃气表 气表 卡表 燃气软管 软管 胶管 燃气管 燃气管道 入户安检 燃气安检 燃气公司',
    english: 'gas meter, gas hose, gas safety check',
    source: tuning('燃气表没电了，家里做不了饭; 天然气的软管听说要定期换，我家的好多年没换了'),
  },
  {
    category: 'basic-living',
    group: 'appliance',
    // A cooker hood or an extractor fan that no longer draws; the fumes are why, not a meal.
    chinese:
      '抽油烟机 油烟机 吸油烟机 排风扇 排气扇 换气扇 不吸烟 吸不动 不抽烟了 不转了 一做饭 满屋油烟 满屋子油烟 满屋子烟',
    english: 'cooker hood, range hood, extractor fan, exhaust fan',
    source: tuning('抽油烟机不吸烟了，一做饭满屋油烟; 厨房的排风扇不转了，一做饭呛得慌'),
  },
  {
    category: 'health-medical',
    group: 'escort',
    // Getting there and through the hospital alone: a walker, two buses, the machines, the
    // queues, results to fetch, a family member required.
    chinese:
      '助行器 推着助行器 上下车 倒两趟 排队太累 排队取药 排队交费 排长队 排半天队 站不住 自助机 拿检查结果 拿结果 取结果 取报告 拿报告 做胃镜 做肠镜 家属陪 得有家属 带她去 带他去 陪她去 陪他去 跟着我 跟着去 陪我去看病 陪我看病 陪着去看病 陪着看病 陪他去看病 陪她去看病 陪去看病 去医院开药 到医院开药 去医院拿药 去医院取药 没人陪我去 没人陪着去 没人带我去 没人送我去 去医院看病 上医院看病 到医院看病 去一院看病 去二院看病 去三院看病 去大医院看病 一院 二院 三院 人民医院 中医院 市医院 区医院 大医院 跑一趟医院 跑跑腿 办手续 住院手续 一个人去不了 一个人不敢去',
    english: 'walker, walking frame, queue, queues, results, go with me',
    source: tuning(
      '我现在走路得推着助行器，上下车都费劲，一个人去不了医院; 明天去三院拿检查结果，能不能找个志愿者跟着我; 我血压高好几年了，每个月都要去医院开药，儿女都上班，没人陪我去，排队太累',
    ),
  },
  {
    category: 'health-medical',
    group: 'medicine',
    // Pills to sort, labels too small to read, a prescription to fill near home.
    chinese:
      '分药 把药分好 药分好 分药盒 药盒 摆药 吃错药 一天吃几片 吃几片 说明书 药盒上的字 药瓶上的字 药袋上的字 药瓶 方子 药方 开的方子 医院开的 医院开的药 膏药 膏药贴 捎点药 带点药 过期药 药过期',
    english: 'pill box, pill organiser, sort my pills, label',
    source: tuning(
      '上次吃错药进过医院，想找人帮我把药分好; 药盒上的字太小了，我眼神不好，看不清一天吃几片; 医院开的方子，想在家门口的药店拿药',
    ),
  },
  {
    category: 'health-medical',
    group: 'chronic',
    // A stay in hospital told as the history (进过医院): the illness behind the need, not an
    // escort wanted; and more of the same prescription.
    chinese:
      '多开点 多开点药 多开些 开点药 开一样的药 进过医院 住过院 进了医院 进了趟医院 住了院 住过医院',
    source: tuning('慢病的药能不能一次多开点，老跑太麻烦; 上次吃错药进过医院，想找人帮我把药分好'),
  },
  {
    category: 'health-medical',
    group: 'checkup',
    // A blood test and the figures on a report.
    chinese:
      '社区能开 社区开药 社区能开药 在社区开药 抽血 抽个血 验血 查血 化验 骨密度 查身体 查查身体 查过身体 检查身体 甘油三酯 胆固醇 血脂 尿酸 空腹 心电图 免费体检',
    english: 'blood test, cholesterol',
    source: tuning('好几年没查过身体了，想抽个血看看; 老觉得腰酸腿软，想查查骨密度'),
  },
  {
    category: 'health-medical',
    group: 'elder-care',
    // An elder who cannot be left alone by day: taken in the morning, fetched at night.
    chinese:
      '离不开人 老人托管 临时托老 一个人在家不放心 老人一个人在家 老人自己在家 白天没人 白天没人照看 白天没人在家 白天一个人 白天有人看着 早上送过去 把老人送过去 把老人送去 把老人送到 送老人去 老人送过去',
    english: 'cannot be left alone, during the day',
    source: tuning(
      '白天我们两口子都上班，家里老人一个人在家不放心; 有没有早上把老人送过去、晚上再接回来的地方; 家里老人离不开人，我想出去办点事，能托管几个钟头吗',
    ),
  },
];
