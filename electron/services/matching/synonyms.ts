// Words residents use for the same thing, per category. A description that says "渗水" or
// "burst pipe" reaches a team whose keywords say "漏水" and "plumber" through the group they share.
// Urgency words (紧急, urgent) are not topics and live in weights.ts instead. Words grown later from
// the labelled needs' tuning part are in grownSynonyms.ts, each with its source.
import type { CategoryId } from '../../../contract/community.js';
import { withGrownTerms } from './grownSynonyms.js';
import type { SynonymGroup } from './types.js';

/** Chinese terms separated by spaces; English terms (which may be phrases) by commas. */
function group(id: string, label: string, chinese: string[], english: string[]): SynonymGroup {
  const zh = chinese.join(' ').split(/\s+/).filter(Boolean);
  const en = english
    .join(',')
    .split(',')
    .map((term) => term.trim())
    .filter(Boolean);
  return { id, label, terms: [...zh, ...en] };
}

const baseSynonyms: Readonly<Record<CategoryId, readonly SynonymGroup[]>> = {
  'basic-living': [
    group(
      'pipe-repair',
      '管道维修',
      ['管道维修 管道 水管 漏水 渗水 爆管 跑水 滴水 水龙头 阀门 水管破了 天花板漏水 停水 没水'],
      ['pipe, leak, plumber, plumbing, burst pipe, tap, faucet, water pipe, dripping'],
    ),
    group(
      'drain',
      '下水疏通',
      ['下水道 堵塞 堵了 堵住 马桶 地漏 疏通 反水 返水 污水 化粪池'],
      ['drain, clog, blocked, blockage, toilet, sewer, sink'],
    ),
    group(
      'electrical',
      '电路维修',
      ['电路 停电 断电 没电 跳闸 电线 插座 开关 灯泡 电闸 电表'],
      ['power cut, no power, outage, electricity, electrician, socket, fuse, wiring, light bulb'],
    ),
    group(
      'repair',
      '维修',
      ['维修 修理 报修 坏了 损坏 故障 修不好'],
      ['repair, fix, broken, maintenance, handyman'],
    ),
    group(
      'appliance',
      '家电维修',
      ['家电 家电维修 电视 冰箱 洗衣机 空调 热水器 微波炉 电饭煲'],
      ['appliance, fridge, washing machine, tv, television, air conditioner'],
    ),
    // The odd job in one's own flat (a hinge, a handle, a bulb out of reach): the handyman
    // volunteers' own group, so such a need is not read as the electricians' or the building's.
    group(
      'small-fix',
      '小修小补',
      ['小修小补 小修 修修补补 零活'],
      ['odd job, odd jobs, small repair'],
    ),
    group(
      'rubbish',
      '垃圾清运',
      ['垃圾 清运 垃圾清运 大件垃圾 装修垃圾 垃圾分类 垃圾桶 旧家具 沙发 床垫 环卫'],
      ['rubbish, garbage, trash, waste, bin, litter, old furniture, sofa, mattress'],
    ),
    group(
      'property',
      '物业服务',
      ['物业 物业报修 电梯 楼道灯 门禁 单元门 公共设施 绿化'],
      [
        'property, property management, lift, elevator, stairwell, stairwell light',
        'entrance door',
      ],
    ),
    group(
      'heating-gas',
      '暖气燃气',
      ['暖气 供暖 暖气片 暖气不热 燃气 煤气 天然气 燃气灶 热水'],
      ['heating, radiator, gas, gas stove, hot water'],
    ),
    group(
      'meals',
      '助餐送餐',
      [
        '助餐 送餐 老年餐 吃饭 做饭 午饭 午餐 晚饭 食堂 饭菜 送饭 热饭 热乎饭 吃口饭 饭送到家 把饭送 做不了饭 吃不上饭 老年食堂',
      ],
      [
        'meal, meals, lunch, dinner, food, canteen, meal delivery, hot meal, hot meals, bring meals',
      ],
    ),
    // Living up stairs with no lift is why help must come up (午饭能送上楼吗，我住六楼没电梯), not a
    // lift to mend nor a power cut (没电 inside 没电梯): no resource lists these, but knowing the
    // phrase rereads the words inside it, like the safety journey's 'lost-key' (tuning: the 43rd
    // batch's 午饭能送上楼吗，我住六楼没电梯). No phrase with 楼 (下不去楼, 爬不动楼): 楼 names the
    // property office by 30 of its 39 words (characterEvidence.ts needs three in four), so each
    // such phrase, here or anywhere, would take that telling character from it.
    group('no-lift', '没电梯', ['没电梯 没有电梯 不带电梯'], ['no lift, no elevator']),
    group(
      'housekeeping',
      '家政保洁',
      ['家政 保洁 打扫 打扫卫生 钟点工 擦玻璃'],
      ['cleaning, housekeeping, cleaner'],
    ),
  ],
  'health-medical': [
    group(
      'checkup',
      '看病体检',
      ['看病 体检 检查 量血压 血压 测血糖 血糖 医生 门诊 开药 头疼 头晕 发烧 感冒 咳嗽'],
      ['doctor, clinic, checkup, check up, blood pressure, blood sugar, sick, fever, cough'],
    ),
    group(
      'chronic',
      '慢病管理',
      ['慢性病 慢病 慢病随访 随访 高血压 糖尿病 冠心病 心脏病 老年病'],
      ['chronic, chronic illness, diabetes, hypertension, heart disease, follow up'],
    ),
    group(
      'nursing',
      '上门护理',
      ['上门护理 护理 换药 打针 输液 护士 卧床 瘫痪 失能 康复 康复训练 褥疮'],
      ['nursing, nurse, bedridden, rehabilitation, injection, dressing, wound'],
    ),
    group(
      'mental',
      '心理疏导',
      // Loneliness is the companionship group's: a visit answers it better than a consulting room.
      // Not 心理 alone: it sounds like 心里 ("in my heart"), which residents say of every worry
      // (出门心里发毛, 心里没底 of a dark estate or a loose rail), and a homophone of a listed
      // word counts as that word; the compounds a resident means by it are listed instead.
      [
        '心理问题 心理医生 心理辅导 心理压力 心理健康 心理专家 心理老师 心理负担 心理障碍 心理咨询 心理疏导 情绪 心情不好 心情 失眠 睡不着 焦虑 抑郁 难过 想不开 压力 心慌 闷得慌 心里闷',
      ],
      [
        'counselling, counseling, counsellor, depressed, depression, anxiety, worried, worry',
        'anxious, sleep, cannot sleep, stress, sad, grief',
      ],
    ),
    group(
      'escort',
      '陪同就医',
      ['陪同就医 陪诊 陪同 陪我 去医院 医院 挂号 就医 就诊 复查 腿脚不便'],
      ['escort, accompany, hospital, appointment, hospital visit'],
    ),
    group(
      'medicine',
      '送药买药',
      [
        '送药 送药上门 买药 拿药 取药 配药 药品 药房 药店 降压药 送点药 药吃完了 药快吃完 缺药 拿点药 配点药 买点药',
      ],
      ['medicine, medication, pharmacy, prescription, pills'],
    ),
    group(
      'family-doctor',
      '家庭医生',
      ['家庭医生 签约 家医 上门看病 出诊'],
      ['family doctor, gp, home visit'],
    ),
    group(
      'first-aid',
      '急救',
      ['急救 晕倒 昏倒 昏迷 不省人事 胸痛 胸口疼 中风 喘不上气 呼吸困难 出血 流血'],
      ['first aid, faint, fainted, unconscious, stroke, bleeding, chest pain, ambulance'],
    ),
    group(
      'elder-care',
      '养老照护',
      ['日间照料 托老 照护 照顾 养老 护工 喘息服务 失智 老年痴呆'],
      ['day care, elderly care, caregiver, dementia'],
    ),
  ],
  'education-employment': [
    group(
      'jobs',
      '求职就业',
      ['找工作 工作 求职 就业 招聘 招聘信息 岗位 上班 打工 失业 下岗 简历 面试'],
      [
        'job, jobs, work, employment, hiring, vacancy, resume, interview, unemployed, lost my job',
        'lost job, laid off, made redundant, redundant, out of work',
      ],
    ),
    group(
      'training',
      '技能培训',
      [
        '技能培训 职业培训 培训 技能 学手艺 手艺 家政培训 育婴师 月嫂 养老护理员 电工证 厨师 证书 考证',
      ],
      ['training, course, skill, skills, certificate, qualification'],
    ),
    group(
      'tutoring',
      '课业辅导',
      ['课业辅导 作业辅导 作业 写作业 辅导 补课 功课 托管 放学 课后 四点半课堂 孩子 小学生'],
      ['homework, tutoring, tutor, after school, study, pupil, kid, kids, children, child'],
    ),
    group(
      'digital',
      '智能手机',
      ['智能手机 手机 微信 视频通话 健康码 网上挂号 支付宝 扫码 付款码 上网 电脑 打字'],
      ['smartphone, phone, mobile phone, wechat, video call, internet, computer, online, app'],
    ),
    group(
      'benefits',
      '补贴申请',
      [
        '失业登记 失业金 失业保险 补贴 就业补贴 社保 医保 低保 救助 养老金 养老补贴 退休金 退休工资 领养老金 办手续',
      ],
      ['benefit, benefits, subsidy, allowance, pension, social security'],
    ),
    group(
      'startup',
      '创业指导',
      ['创业 创业指导 开店 小店 营业执照 创业贷款 个体户'],
      ['start a business, startup, shop, business, business licence, business license, loan'],
    ),
    group(
      'reading',
      '读书看报',
      ['图书 图书室 读书 看书 借书 阅读 报纸 读书会'],
      ['library, book, books, reading, newspaper'],
    ),
  ],
  'social-cultural': [
    group(
      'arts-festivals',
      '文艺活动',
      ['文体活动 文艺 广场舞 跳舞 舞蹈 合唱 唱歌 演出 晚会 联欢 节日活动 重阳节 春节 活动'],
      [
        'dance, dancing, sing, singing, choir, show, festival, activity, activities, event',
        'events',
      ],
    ),
    group(
      'fitness',
      '健身运动',
      ['健身 运动 锻炼 太极 太极拳 乒乓球 羽毛球 健身器材 散步'],
      ['exercise, sport, sports, fitness, tai chi, table tennis, badminton'],
    ),
    group(
      'hobbies',
      '兴趣小组',
      [
        '兴趣小组 兴趣班 兴趣 爱好 书法 毛笔字 练字 写字 绘画 画画 国画 摄影 编织 手工 园艺 养花 剪纸 戏曲 京剧 乐器 二胡',
      ],
      [
        'hobby, hobbies, club, calligraphy, painting, photography, knitting, gardening, craft',
        'opera',
      ],
    ),
    group(
      'elder-university',
      '老年大学',
      ['老年大学 老年学校 上课 课程 学习班 老年课堂'],
      ['senior university, university for the elderly, class, classes, lesson, lessons'],
    ),
    group(
      'games',
      '棋牌娱乐',
      ['棋牌 下棋 象棋 围棋 打牌 扑克 麻将 娱乐 活动室 老年活动室'],
      ['chess, cards, card games, mahjong, games, recreation'],
    ),
    group(
      'companionship',
      '陪伴探访',
      [
        '陪伴 陪伴聊天 聊天 聊聊天 探访 看望 说说话 独居 独居老人 空巢 孤单 寂寞 孤独 闷得慌 憋得慌 找人陪 找个人陪 陪陪 陪我说 陪我聊 一个人住 没人说话',
      ],
      ['company, companionship, visit, visiting, chat, lonely, alone, live alone'],
    ),
    // Doing something together, or with someone's help: no resource lists these, but knowing the
    // phrase keeps the 找人 inside 找人一起 / 找人帮忙 from reading as a missing-person search
    // (grown from the tuning part: 想找人一起打羽毛球, 想找人帮忙给老人剪指甲洗头).
    group(
      'together',
      '结伴',
      ['找人一起 一起玩 一起打 结伴 搭伴 找个伴 找几个人 找人帮忙 找个人帮忙'],
      ['someone to join me, join me'],
    ),
    group(
      'volunteering',
      '志愿服务',
      ['志愿者 志愿服务 做志愿者 当志愿者 义工 公益 帮助别人'],
      ['volunteer, volunteering, charity'],
    ),
  ],
  'safety-emergency': [
    group(
      'fall',
      '摔倒跌倒',
      ['摔倒 跌倒 摔了 摔跤 滑倒 跌了 起不来 站不起来 爬不起来 倒在地上 骨折'],
      [
        'fall, fell, fallen, slipped, tripped, cannot get up, cant get up, fracture',
        'on the floor',
      ],
    ),
    group(
      'rescue',
      '应急救援',
      ['急救 救命 应急 救援 受伤 出事 危险 突发'],
      ['emergency, rescue, injured, injury, accident, hurt'],
    ),
    group(
      'missing',
      '走失寻人',
      ['走失 走丢 走丢了 找不到 不见了 失踪 迷路 寻人 找人 没回家 还没回来 防走失 黄手环'],
      ['missing, lost, wandered, disappeared, cant find, cannot find, not come home, not back'],
    ),
    group(
      'fire',
      '消防隐患',
      [
        '消防 火灾 着火 起火 失火 冒烟 烟味 烧焦 隐患 消防隐患 火灾隐患 杂物 堆物 堆放 消防通道 灭火器 飞线充电 电动车 电瓶车',
      ],
      ['fire, smoke, burning, fire hazard, hazard, extinguisher, e-bike, clutter, fire exit'],
    ),
    group(
      'gas-leak',
      '燃气泄漏',
      ['燃气泄漏 漏气 煤气味 燃气味 天然气味 煤气中毒 一氧化碳'],
      ['gas leak, smell gas, gas smell, smell of gas, carbon monoxide'],
    ),
    group(
      'security',
      '治安防范',
      [
        '治安 巡逻 治安巡逻 小偷 被偷 盗窃 失窃 撬门 撬锁 被撬 被人撬 撬开 入室 闯进 可疑 可疑人员 陌生人 报警 警察 打架 诈骗 骗子 电信诈骗 冒充 转账 汇款 被骗 中奖',
      ],
      [
        'police, thief, theft, stolen, burglary, burglar, break in, broke in, suspicious',
        'stranger, patrol, scam, fraud',
      ],
    ),
    // Someone to walk the estate at night (the patrol volunteers), apart from the police room's
    // theft and fraud: a resident asking for eyes on a dark or open estate wants the patrol
    // (tuning, thirty-first batch: 我们这片晚上黑灯瞎火的，能不能派人多转转).
    group(
      'patrol',
      '治安巡逻',
      [
        '巡逻 治安巡逻 夜间巡逻 巡逻队 巡一巡 巡巡 巡夜 守夜 值夜 多转转 转一转 派人转转 派人多转转 安排人转转 安排人在小区 没人看着 没人看门 没人守着 不太平',
      ],
      ['patrol, night patrol, patrols, security'],
    ),
    // A key lost or a door locked behind one: no resource lists it (a locksmith is a trade), but
    // knowing the phrase keeps its 丢了 / 找不到 / 不见了 from reading as a missing-person search,
    // like the social journey's 'together' (tuning, thirty-first batch: 家门钥匙丢了，…怕有人拿着进来;
    // 钥匙丢了进不去家门，哪儿能找个开锁的).
    group(
      'lost-key',
      '钥匙',
      [
        '钥匙丢了 丢了钥匙 钥匙丢 钥匙找不到 找不到钥匙 钥匙不见了 钥匙没了 忘带钥匙 没带钥匙 钥匙落在家里 钥匙落家里 钥匙锁在家里 锁在门外 锁门外头 进不去家门 进不去门 开锁 开锁的 开锁师傅',
      ],
      ['lost my key, lost my keys, locked out, locksmith'],
    ),
    group(
      'dispute',
      '邻里纠纷',
      [
        '纠纷 邻里纠纷 吵架 吵起来 矛盾 噪音 扰民 调解 邻居 跺脚 吵得 太吵 吵死 吵得不行 吵得睡不着 楼上吵',
      ],
      ['dispute, noise, noisy, neighbour, neighbor, mediation, quarrel, argument'],
    ),
    group(
      'disaster',
      '防灾减灾',
      [
        '防灾 减灾 防灾减灾 暴雨 下大雨 大雨 积水 内涝 淹了 被淹 水淹 淹水 进水 漫进 台风 大风 地震 防汛 应急物资 沙袋 疏散',
      ],
      ['flood, flooding, storm, earthquake, typhoon, evacuation, sandbag, sandbags'],
    ),
  ],
};

/** The groups above with the words grown from data (grownSynonyms.ts, each with its source). */
export const defaultSynonyms = withGrownTerms(baseSynonyms);

/**
 * What a request that names nothing the matcher knows is taken to ask for: the general service
 * of its category, as the front desk would answer. The emergency button (safety, no need, no
 * words) thus lists first aid and the police rather than whatever sorts first by id.
 */
export const wordlessDefaults: Readonly<Record<CategoryId, readonly string[]>> = {
  'basic-living': ['物业', '维修', 'repair'],
  'health-medical': ['看病', '家庭医生', 'doctor'],
  'education-employment': ['就业', '一窗受理', 'employment'],
  'social-cultural': ['文体活动', '活动', 'activities'],
  'safety-emergency': ['急救', '应急救援', '报警', 'first aid', 'emergency', 'police'],
};
