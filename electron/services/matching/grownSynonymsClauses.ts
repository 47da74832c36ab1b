// Words for the education-employment and social-cultural journeys and for long needs told as a
// story (issue 15: fresh wording in these journeys fell back to the category's defaults or to one
// stray word). Each entry starts from a miss of the twenty-eighth batch (all tuning; named in
// its source) and adds the words older residents use for the same circumstance: days with
// nothing to do, a room borrowed for a get-together, a parent visited now and then, plants on
// the balcony, a phone they cannot work, a trade learnt for a certificate, a shop taken over, a
// neighbour who will not own up or whose dog barks all night, a low mood with no name.
import type { GrownTerms } from './grownSynonyms.js';

const general = 'general: what residents say of this circumstance (round of batch 28)';
const tuning = (needs: string) => `${general}; tuning: ${needs}`;

export const clausesGrownTerms: readonly GrownTerms[] = [
  {
    category: 'social-cultural',
    group: 'arts-festivals',
    chinese:
      '有什么事可以做 有啥事可以做 有啥事做 没事干 没事做 没啥事做 闲着没事 闲得慌 闲得发慌 打发时间 消磨时间 解解闷 解闷 玩玩 去玩玩 玩一玩 去哪儿玩玩 能去哪儿',
    english: 'something to do, nothing to do, pass the time, kill time',
    source: tuning('我妻子去年走了…有没有什么事可以做; 晚上六点以后还有哪儿能去玩玩'),
  },
  {
    category: 'social-cultural',
    group: 'games',
    chinese:
      '借个地方 借地方 借场地 借个场地 借用场地 借个屋子 借间屋子 聚会 聚一聚 聚聚 聚一下 老同学聚会 老战友聚会 开个会的地方',
    english: 'a room for a get-together, get-together, reunion, borrow a room',
    source: tuning('想借个地方给老同学聚会，二十来个人'),
  },
  {
    category: 'social-cultural',
    group: 'companionship',
    chinese:
      '去看看他 去看看她 来看看我 看看我爸 看看我妈 看看老人 隔三岔五 隔三差五 时不时来看看 常来看看 上门看看 没人陪 没个说话的 没人说说话',
    english: 'look in on him, look in on her, check on my father, check on my mother',
    source: tuning('我爸一个人住，我在外地工作，能不能有人隔三岔五去看看他'),
  },
  {
    category: 'social-cultural',
    group: 'hobbies',
    chinese:
      '种花 种了好多花 花草 养花草 侍弄花草 种菜 盆栽 多肉 花卉 怎么养 拍照 学拍照 拍照片 相机 写生 票友 唱戏 织毛衣 织毛线 毛线活 钩针',
    english: 'plants, flowers, balcony garden, camera, sketching, knit',
    source: tuning('阳台上种了好多花，想跟人交流交流怎么养'),
  },
  {
    category: 'education-employment',
    group: 'digital',
    chinese:
      '老人机 智能机 换了个智能的 智能的 不会按 啥也不会按 不会用手机 手机不会用 玩手机 打视频 发视频 视频打不开 发语音 手机交费 手机缴费',
    english: 'phone for the elderly, new phone, cannot use my phone',
    source: tuning('老人机换了个智能的，啥也不会按'),
  },
  {
    category: 'education-employment',
    group: 'training',
    chinese:
      '学手艺 学个手艺 学门手艺 学技术 学门技术 学点技术 考证 考个证 拿证 拿个证 上岗证 资格证 职业资格 护工证 学电脑 电脑培训 培训班 学做面点 面点',
    english: 'learn a trade, certificate, qualification, computer course',
    source: tuning('照顾老人的护工要什么证，哪里能学; 下岗了想学学电脑，好找工作'),
  },
  {
    category: 'education-employment',
    group: 'startup',
    chinese:
      '盘个店 盘个小店 盘个饭馆 盘个小饭馆 盘下来 盘个铺子 开饭馆 开个饭馆 开小饭馆 开餐馆 摆摊 摆个摊 早点摊 小买卖 做买卖 做生意 做点小生意 小生意 从哪下手',
    english: 'take over a shop, open a small restaurant, market stall',
    source: tuning('我和老公想盘个小饭馆，不知道从哪下手，有人指点指点吗'),
  },
  {
    category: 'safety-emergency',
    group: 'dispute',
    chinese:
      '不认账 不承认 赖账 不赔 不肯赔 不给赔 不讲理 说理 评评理 扯皮 狗叫 整夜叫 整宿叫 叫个不停 乱叫 汪汪叫 说了几次不听 敲门没用 说和 说和说和 闹翻 闹翻了 闹僵 翻脸',
    english: 'will not admit it, will not pay for it, dog barking, barks all night',
    source: tuning('对门装修把我家墙弄裂了，他不认账; 隔壁养的狗整夜叫，敲了好几次门都没用'),
  },
  {
    category: 'health-medical',
    group: 'mental',
    chinese: '提不起劲 提不起精神 没精神 心里堵 心里堵得慌 堵得慌 觉得自己没用 没用了 心里不痛快',
    english: 'no energy, feel useless, low',
    source: tuning('退休以后觉得自己没用了，整天提不起劲'),
  },
  {
    category: 'education-employment',
    group: 'tutoring',
    chinese:
      '作业不会做 教不了 辅导不了 没人辅导 给补补 补一补 跟不上 成绩差 放学没人管 放学没人接 没人管孩子 没人看孩子',
    english: 'falling behind at school, no one to help with homework',
    source: tuning('孙子上三年级，作业不会做，我们也教不了'),
  },
  {
    category: 'education-employment',
    group: 'tutoring',
    chinese:
      '物理 化学 语文 作文 功课差 偏科 初一 初二 初三 高一 高二 小学生 初中生 讲讲题 给讲讲 讲题 做题 不会做题',
    english: 'physics, chemistry, maths, essay, exam year',
    source: general,
  },
  {
    category: 'social-cultural',
    group: 'volunteering',
    chinese: '发挥余热 发挥点余热 余热 做点贡献 奉献 出份力 出点力 帮帮别人 帮助别人 做好事',
    english: 'give something back, help others',
    source: general,
  },
  {
    category: 'safety-emergency',
    group: 'dispute',
    chinese:
      '吵了好几回 吵了好几次 吵了几次 吵过好几次 吵起来了 起争执 闹矛盾 说了也没用 说了没用 跟他家说 找他家说 蹦跶 蹦蹦跳跳 天天蹦 屋里蹦 来回蹦 跳来跳去 跺脚 砸地 拖椅子 咚咚',
    english: 'jumping upstairs, stomping',
    source: tuning('楼上天天半夜剁馅，吵得睡不着，说了几次不听'),
  },
  // The community's places as residents shorten their names ("文化中心晚上几点关门", "手机课还有
  // 位置吗"): a resident who names the place asks for what it does.
  {
    category: 'social-cultural',
    group: 'arts-festivals',
    chinese: '文化中心 文化活动中心 文化站 文化馆 活动中心',
    english: 'culture centre, community centre',
    source: 'resource: culture-centre (its name); tuning: 文化中心晚上几点关门',
  },
  {
    category: 'social-cultural',
    group: 'games',
    chinese: '活动站 老年活动站 活动室 老年活动室',
    source: 'resource: activity-room-heping, activity-room-xfl-north (their names)',
  },
  {
    category: 'education-employment',
    group: 'reading',
    chinese: '图书室 阅览室 社区图书室',
    english: 'reading room',
    source: 'resource: community-library (its name); tuning: 图书室几点开门，想借几本养生的书',
  },
  {
    category: 'education-employment',
    group: 'digital',
    chinese: '手机课 手机课堂 手机班 智能手机课堂 教手机 教玩手机',
    english: 'phone class, smartphone class',
    source: 'resource: smartphone-class (its name); tuning: 星期三下午有教老人玩手机的课吗',
  },
  {
    category: 'education-employment',
    group: 'benefits',
    chinese: '服务大厅 一站式 一站式服务大厅 办事大厅',
    english: 'service hall, one-stop',
    source: 'resource: service-hall (its name); tuning: 周六上午服务大厅开门吗，想办医保',
  },
  {
    category: 'education-employment',
    group: 'jobs',
    chinese: '就业站 就业服务站 就业服务',
    english: 'employment service, job centre',
    source: 'resource: employment-station (its name)',
  },
  {
    category: 'safety-emergency',
    group: 'dispute',
    chinese: '调解室 人民调解 调解员',
    english: 'mediation room, mediator',
    source: 'resource: mediation-room (its name)',
  },
  {
    category: 'health-medical',
    group: 'mental',
    chinese: '心理咨询室 咨询室 心理老师 心理医生',
    english: 'counsellor, counselling room',
    source: 'resource: counselling-room (its name)',
  },
  {
    category: 'social-cultural',
    group: 'volunteering',
    chinese: '志愿服务站 志愿者之家',
    english: 'volunteer station',
    source: 'resource: volunteer-station (its name)',
  },
  {
    category: 'health-medical',
    group: 'mental',
    chinese: '憋屈 心里憋屈 委屈 窝火 生闷气 受气 心里憋得慌 心里难受 心里苦',
    english: 'upset, bottled up',
    source: general,
  },
  {
    category: 'social-cultural',
    group: 'volunteering',
    chinese:
      '免费给 义务给 免费帮 义务帮 义务劳动 义务服务 社会实践 暑期实践 寒假实践 做点实践 志愿时长',
    english: 'for free, unpaid, work experience',
    source: general,
  },
  {
    category: 'social-cultural',
    group: 'companionship',
    chinese: '找个伴 给他找个伴 给她找个伴 做个伴 作伴 有个伴 陪陪他 陪陪她 不爱出门 不出门',
    english: 'someone to keep him company, someone to keep her company',
    source: general,
  },
];
