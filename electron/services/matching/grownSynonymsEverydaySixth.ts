// A sixth pass of everyday words (issue 15, ranking: an acceptable resource first for needs told
// obliquely, as a complaint or a circumstance, in colloquial Mandarin and northern speech). Every
// entry starts from a miss of the twenty-sixth batch (all tuning; named in its source) and adds
// the family of words residents use for that circumstance, not the one sentence's words: the grass
// nobody cuts, a roof that lets the rain in, a toilet that will not flush, a bulb out of reach,
// medicine that has run out, a tube to be changed, a day with nobody at home, a neighbour's
// hammering at night. Phrases that hold another group's word decide where they stand (屋顶漏水 is
// the building's although 漏水 alone is the plumber's; 中风以后 is rehabilitation, not first aid;
// 搅得睡不着 is a neighbour's noise, not insomnia). Words a danger reads stay with the danger lists.
// No "who × what" phrase products here: dozens of phrases sharing one character (灯, 楼, 饭) tip
// the character back-off (characterEvidence.ts) away from the group that character named, so
// each family was checked to leave every character's group as it was (a few vague ones, 定 and
// 医, no longer name a group) and to name new ones only where they tell (蚊 鼠 → the building,
// 砖 → rubbish, 鼻 饲 拄 → nursing, 透 析 → the escorts).
import type { GrownTerms } from './grownSynonyms.js';

const general = 'general: what residents say of this circumstance, sixth pass (round of batch 26)';
const tuning = (needs: string) => `${general}; tuning: ${needs}`;

export const everydayGrownTermsSixth: readonly GrownTerms[] = [
  {
    category: 'basic-living',
    group: 'property',
    // The estate's grass, trees and pests are the property office's, like its greenery.
    chinese: '杂草 割草 除草 剪草 草坪 剪树枝 树枝 树杈 蚊子多 蚊子贼多 消杀 老鼠 老鼠乱窜',
    english: 'grass, weeds, mow, trim the trees, mosquitoes, rats, mice',
    source: tuning('楼下那片草长得老高了，蚊子贼多，也没人来剪剪'),
  },
  {
    category: 'basic-living',
    group: 'property',
    // Water through the roof or an outer wall is the building's, not a pipe in the flat.
    chinese:
      '屋顶漏水 楼顶漏水 往下渗水 往下漏水 顶楼漏水 漏雨 屋顶 楼顶 天台 外墙 墙皮 墙皮掉 墙皮脱落',
    english: 'roof, roof leaks, rain comes in, outside wall',
    source: tuning('住顶层，一下雨屋顶就往下渗水，墙皮都泡掉了'),
  },
  {
    category: 'basic-living',
    group: 'property',
    // The estate's lights, rails and seats: what every resident shares.
    chinese:
      '门禁卡 门禁坏了 路灯坏了 台阶坏了 台阶松了 台阶 楼梯扶手 楼道扶手 扶手松了 栏杆 护栏 健身器材坏了 长椅 车棚 自行车棚',
    english: 'street light, street lights, handrail, railing, bike shed',
    source: tuning('小区里好几根路灯不亮，晚上黑咕隆咚的; 楼梯扶手晃晃悠悠的，老人扶着心里没底'),
  },
  {
    category: 'basic-living',
    group: 'pipe-repair',
    // Water seeping out of a pipe in the flat, by the verbs residents use.
    chinese: '渗漏 往外渗 往外渗水 渗出来 洇水 往外洇',
    english: 'seeping, seeps',
    source: tuning('洗菜池子底下那根管子老往外渗水，柜子都泡烂了'),
  },
  {
    category: 'basic-living',
    group: 'drain',
    chinese:
      '冲不下去 冲不下去了 冲不走 下不去水 水下不去 不下水 往上涨 往上冒水 往上返 往上返水 咕嘟咕嘟 水排不出去 马桶堵了 池子堵了 地漏堵了',
    english: 'toilet will not flush, will not flush, water will not go down, backs up',
    source: tuning('马桶冲不下去了，一冲水就往上涨'),
  },
  {
    category: 'basic-living',
    group: 'electrical',
    // A light in the flat that flickers, and a switch or socket that does nothing: the wiring.
    chinese:
      '一闪一闪 老闪 滋啦滋啦 忽明忽暗 一会儿亮一会儿灭 时亮时不亮 开关不灵 开关失灵 插座松了 插头松 接触不良 电线老化 线路老化 电压不稳',
    english: 'flickering, lights flicker, switch does nothing, loose socket, old wiring',
    source: tuning('俺家那灯一开就滋啦滋啦地闪; 墙上那个开关按下去没反应，灯也不亮'),
  },
  {
    category: 'basic-living',
    group: 'small-fix',
    // The odd job in one's own flat: the handyman volunteers', not the electricians' or the
    // building's (a hinge, a handle, a screen, a rack, a bulb out of reach).
    chinese:
      '合页 铰链 窗户合页 窗户关不严 漏风 透风 往里灌风 把手掉了 窗把手 纱窗破了 窗纱 晾衣杆 晾衣架 抽屉 螺丝 拧螺丝 钉钉子 挂钩 窗帘杆 椅子腿 桌子腿 咣当咣当 灯泡不亮 灯泡憋了 灯泡闪 够不着 够不到 站凳子 踩梯子 爬高 零碎活',
    english: 'hinge, door handle, fly screen, curtain rail, odd job, odd jobs, light bulb, bulb',
    source: tuning('窗户合页掉了一个，一刮风就咣当咣当的; 屋里灯泡闪了两下就不亮了，我够不着'),
  },
  {
    category: 'basic-living',
    group: 'appliance',
    // An appliance that runs but does not do its job, named by what it fails to do.
    chinese:
      '冰箱不凉 冰箱不制冷 冰柜不制冷 放坏了 菜坏了 电饭锅 电水壶 电磁炉 电压力锅 油烟机 抽油烟机 吸油烟机 排气扇 洗衣机不转 吸不动',
    english: 'fridge not cold, rice cooker, kettle, cooker hood, extractor fan',
    source: tuning('冰箱不凉了，搁里头的菜都放坏了'),
  },
  {
    category: 'basic-living',
    group: 'heating-gas',
    // The burner itself, by its everyday names, when it will not light.
    chinese: '灶眼 灶头 打不着 点不着 暖气凉 暖气片冰凉 摸着冰凉',
    english: 'burner, hob will not light',
    source: tuning('灶眼打不着火了，咔咔响就是不着'),
  },
  {
    category: 'basic-living',
    group: 'rubbish',
    // What a renovation leaves, what goes in which bin, and bins nobody empties.
    chinese:
      '砖头 碎砖 水泥渣 渣土 建筑垃圾 碎瓷砖 往哪儿倒 往哪倒 往哪儿扔 往哪扔 咋扔 怎么扔 扔错了 湿垃圾 干垃圾 可回收 有害垃圾 外卖盒 没人拉 没人来拉 垃圾车 垃圾站',
    english: 'rubble, building waste, which bin, recycling, food waste, bins not emptied',
    source: tuning('屋里拾掇完剩了一堆砖头水泥渣子，不知道往哪儿倒; 这个外卖盒子到底算哪类的'),
  },
  {
    category: 'basic-living',
    group: 'meals',
    // Cooking is the trouble, or the food must be soft, plain or for a diet.
    chinese:
      '老人饭 老年饭 清淡 清淡点 软和 一口热饭 三顿饭 一天三顿 做不上饭 饭都做不上 顾不上吃 灶台前站不住 做饭费劲 对付一口 啃馒头 少油少盐 糖尿病餐 病号饭',
    english: 'soft food, plain food, diabetic meals, cannot cook',
    source: tuning('我是糖尿病，外头的饭太咸太油，有没有清淡点的老人饭; 身子骨弱，灶台前站不住'),
  },
  {
    category: 'basic-living',
    group: 'housekeeping',
    // Dirt, clutter, washing, and the heavy carrying a body can no longer do.
    chinese:
      '擦窗户 擦窗 没擦 玻璃脏 玻璃埋汰 太脏 脏得 灰大 到处是灰 收拾屋子 拾掇屋子 归置归置 乱得下不去脚 下不去脚 擦地 拖地 洗洗涮涮 被褥 拆洗 洗不过来 洗被子 洗床单 被罩 油垢 油污 弄干净 擦干净 大扫除 深度清洁 保姆 扛不动 提不动 拎不动 米面 帮一把 搭把手 跑腿 代买',
    english: 'dirty, dusty, clean the windows, wash the bedding, carry upstairs, errands',
    source: tuning(
      '窗户一年没擦了，玻璃埋汰得看不清外头; 油烟机上那层油垢厚得能刮下来; 被褥好久没拆洗了; 扛不动米面上楼',
    ),
  },
  {
    category: 'health-medical',
    group: 'medicine',
    chinese:
      '救心丸 速效救心丸 硝酸甘油 阿司匹林 二甲双胍 降压片 止痛片 眼药水 膏药 药吃没了 药吃完了 药没了 药快没了 药快吃完了 药不够了 断药 没药了 买不着药 买不到药 药店都说没有',
    english: 'run out of medicine, out of pills, pills ran out',
    source: tuning('在活动室下棋呢，突然想起来家里的药吃没了，能给送吗'),
  },
  {
    category: 'health-medical',
    group: 'checkup',
    // Tests, results, small complaints and a medicine that does not seem to work: the clinic.
    chinese:
      '测个糖 测糖 查血糖 扎手指 量个血压 量量血压 查查身体 查身体 体检报告 化验单 验血 看不懂报告 药不对 药不管用 不见效 副作用 嗓子疼 脚肿 腿肿 浮肿 骨质疏松 补钙 打疫苗 流感疫苗 往大医院跑 跑大医院 医保卡开药',
    english: 'blood test, test results, vaccine, flu jab, side effects, cramp, sore throat',
    source: tuning(
      '手指头扎一下测个糖; 吃了降压药头还是晕乎乎的，是不是药不对; 咱这儿能拿医保卡开药吗',
    ),
  },
  {
    category: 'health-medical',
    group: 'chronic',
    chinese: '尿糖 尿糖高 血脂高 三高 尿酸高 痛风 老慢支 慢支 慢阻肺 气管炎 心脏支架 支架',
    english: 'cholesterol, copd, bronchitis, asthma, stent',
    source: tuning('我妈尿糖高; 有老慢支，一到冬天就喘得厉害'),
  },
  {
    category: 'health-medical',
    group: 'family-doctor',
    // A doctor who comes regularly, a doctor of one's own, calls to ask how one is.
    chinese:
      '大夫常来 医生常来 大夫隔段时间来 医生隔段时间来 固定的大夫 签个大夫 签个医生 签约医生 私人医生 自己的大夫 定期打电话 常打电话 电话问问 电话回访 回访',
    english: 'a doctor of my own, phone follow-up',
    source: tuning(
      '年纪大了，想让大夫隔段时间来家里瞅瞅; 听说能签一个固定的大夫; 大夫说得有人定期打电话问问情况',
    ),
  },
  {
    category: 'health-medical',
    group: 'nursing',
    // Drips, tubes, wounds, a body that must be turned and helped, and learning to walk again.
    chinese:
      '来回跑医院 跑医院太折腾 打吊瓶 吊瓶 挂水 打点滴 吊针 插着管子 插着管 鼻子里插 失禁 拉裤子 尿裤子 尿管 导尿管 换尿管 胃管 鼻饲 鼻饲管 造瘘 拆线 换纱布 流黄水 流脓 上门抽血 上门采血 上门打针 拄拐 拄着拐 得人扶 要人扶 生活不能自理 不能自理 擦身子 翻身 翻个身 喂饭 半边身子 偏瘫 半身不遂 后遗症 中风以后 中风后 练走路 练走道 学走路 教着练 下地走 练着下地 练着走 术后康复 手术后康复 起不来炕 下不了炕 起不来床 下不了床 抬不起来',
    english: 'drip, catheter, feeding tube, walking again, rehab',
    source: tuning(
      '每天得打吊瓶; 老伴儿插着尿管; 有没有能上门抽血的; 我妈拄着拐，上厕所都得人扶; 去年中风以后半边身子不利索',
    ),
  },
  {
    category: 'health-medical',
    group: 'escort',
    chinese:
      '透析 做透析 去透析 复诊 该复查 看门诊 转向 找不着科室 找不到科室 不认道 看不清牌子 家属陪着 拿结果 拿报告 推轮椅 弄不动他 扶不动他',
    english: 'dialysis, chemotherapy, push the wheelchair',
    source: tuning('老伴儿一礼拜得去透析三回，我一个人弄不动他'),
  },
  {
    category: 'health-medical',
    group: 'elder-care',
    // Somewhere for the day, and a carer who needs a rest.
    chinese:
      '白天待着 有人看着 有人管着 有人照看着 喘口气 歇两天 替我几天 伺候老人 照顾不过来 累垮了 有点糊涂 老糊涂 不认人 认不得人 总忘事 忘事儿',
    english: 'somewhere for the day, a break from caring, respite',
    source: tuning(
      '白天上班，老妈一个人搁家我不放心，想找个地方白天待着; 伺候我婆婆好几年了，想喘口气歇两天',
    ),
  },
  {
    category: 'social-cultural',
    group: 'companionship',
    chinese:
      '来家看看我 来看看我 隔三差五来 陪我说说话 说说话 唠唠嗑 唠嗑 拉拉家常 串门 串串门 来坐坐 闷得慌 没人说话 说话的人',
    english: 'visit me, come and see me, someone to chat with',
    source: tuning('老伴儿住院了，想有人隔三差五来家看看我'),
  },
  {
    category: 'health-medical',
    group: 'mental',
    chinese: '空落落 心里空落落 提不起劲 干啥都没劲 憋屈 心里憋屈 处不来 翻来覆去 睡不踏实',
    english: 'empty inside, no energy for anything',
    source: tuning('自打退休心里空落落的，干啥都提不起劲'),
  },
  {
    category: 'safety-emergency',
    group: 'dispute',
    // A neighbour's noise at night or hammering by day: the sleep lost is the reason.
    chinese:
      '咚咚咚 跺脚 半夜吵 吵得睡不着 搅得睡不着 闹得睡不着 电钻声 电钻响 电钻一响 打电钻 冲击钻 敲敲打打 动静大 鞋柜',
    english: 'banging upstairs, stomping, drilling, renovation noise',
    source: tuning('楼上天天半夜咚咚咚的，搅得睡不着觉; 楼上装修电钻一响一上午'),
  },
];
