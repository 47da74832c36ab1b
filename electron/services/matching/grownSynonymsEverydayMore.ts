// Everyday words for the groups of work, learning, social life and safety, written like
// grownSynonymsEveryday.ts (one pass per group, from how residents talk about each kind of help,
// before the fifteenth batch of labelled needs was written; the held-out part never read). Words
// a danger reads (fainting, fire, gas) are left to the danger lists (dangerWords.ts).
import type { GrownTerms } from './grownSynonyms.js';

const general = 'general: everyday words for this help, written before batch 15';

export const everydayGrownTermsMore: readonly GrownTerms[] = [
  {
    category: 'education-employment',
    group: 'jobs',
    chinese: `找活儿 找个工作 找事做 找点事做 打零工 零工 临时工 再就业 上岗 没工作 没活干 工作没了
      被辞退 辞退 裁员 挣钱养家 保安 保洁员`,
    english: 'find work, looking for work, part-time, part time job, career, job seeking',
    source: general,
  },
  {
    category: 'education-employment',
    group: 'training',
    chinese: '学门手艺 学技术 学个技术 考个证 考证书 拿证 上岗证 育儿嫂 保育员 护工证 厨师证',
    english: 'vocational, apprenticeship, qualifications, certification',
    source: `${general}; tuning: 想考个育儿嫂的证`,
  },
  {
    category: 'education-employment',
    group: 'tutoring',
    chinese: `作业不会 辅导作业 看孩子 接送孩子 孩子放学 没人看孩子 没人管孩子 补习班 数学 语文
      三点半 没人看`,
    english: 'maths, math, homework help, after-school, childcare, look after my kids',
    source: `${general}; tuning: 孩子下午三点半就放学，我们两口子都上班没人看`,
  },
  {
    category: 'education-employment',
    group: 'digital',
    chinese: '智能机 手机不会用 发微信 抖音 上网课 网上办',
    english: 'tablet, ipad, email, use my phone',
    source: general,
  },
  {
    category: 'education-employment',
    group: 'benefits',
    chinese: `养老钱 退休费 养老保险 医保卡 社保卡 补办 报销 低保户 困难补助 补助 救济 残联
      高龄补贴 居住证 户口 开证明 证明 盖章 办证 到账`,
    english: 'paperwork, residence permit, certificate, form, forms, pension payment',
    source: general,
  },
  {
    category: 'education-employment',
    group: 'reading',
    // Not 老书 alone: without tones it is 老鼠 (a rat), which the property office deals with.
    chinese: '看报 看报纸 图书馆 读报 书刊 杂志 借书证 看书的地方 借点老书 借老书 看老书 老书看看',
    english: 'magazines, borrow',
    source: `${general}; tuning: 想借点老书看看，有没有看书的地方`,
  },
  {
    category: 'social-cultural',
    group: 'arts-festivals',
    chinese: '跳广场舞 扭秧歌 秧歌 合唱团 文艺队 表演 演节目 节目 过节',
    english: 'perform, performance, party',
    source: general,
  },
  {
    category: 'social-cultural',
    group: 'fitness',
    chinese: '打太极 打拳 八段锦 健身操 跑步 快走 遛弯 爬山 打球 篮球 乒乓 门球',
    english: 'walking, jogging, gym, keep fit, yoga',
    source: general,
  },
  {
    category: 'social-cultural',
    group: 'hobbies',
    chinese: `写大字 毛笔 写书法 练书法 学画 拉二胡 弹琴 吹笛子 唱京剧 京戏 唱戏 票友 葫芦丝
      钩针 织毛衣 十字绣 拍照片 春联 写春联`,
    english: 'draw, drawing, sketch, instrument, sewing, embroidery, chinese opera',
    source: `${general}; tuning: 想学学用毛笔写春联; 想找人一起唱唱京戏`,
  },
  {
    category: 'social-cultural',
    group: 'elder-university',
    chinese: '老年班 报个班 学点东西 上老年大学',
    english: 'course for seniors, learn something',
    source: general,
  },
  {
    category: 'social-cultural',
    group: 'games',
    chinese: '打扑克 斗地主 打麻将 搓麻将 下象棋 下围棋 杀两盘 打桥牌 牌友 棋友',
    english: 'play cards, board games, poker, bridge',
    source: general,
  },
  {
    category: 'social-cultural',
    group: 'companionship',
    chinese: `没个说话的人 说话的人 空落落 冷清 孤零零 陪着说话 唠唠 有人陪 来看看我 上门看看`,
    english: 'someone to talk to, no one to talk to, on my own, isolated',
    source: `${general}; tuning: 老伴走了以后心里空落落的，一天到晚没个说话的人`,
  },
  {
    category: 'social-cultural',
    group: 'volunteering',
    chinese: '出点力 献爱心 做好事 帮别人 帮帮别人 有需要的人 发挥余热 奉献',
    english: 'help out, give back, help others',
    source: general,
  },
  {
    category: 'safety-emergency',
    group: 'security',
    chinese: '贼 小偷小摸 丢东西 门被撬 不安全 鬼鬼祟祟',
    english: 'robbery, robbed, break-in, someone following me',
    source: general,
  },
  {
    category: 'safety-emergency',
    group: 'dispute',
    chinese: `吵得慌 噪声 太响 声音太大 放音乐 装修声 敲敲打打 闹矛盾 扯皮 占地方 占道 乱停
      堵门口 停我门口 不讲理 说了也不听 讲不通`,
    english: 'parking in front of my door, argue, arguing, rude neighbour',
    source: `${general}; tuning: 隔壁把电动车停我门口，说了也不听`,
  },
  {
    category: 'safety-emergency',
    group: 'disaster',
    chinese: '下暴雨 雨大 泡水 水漫进来 漫水 倒灌',
    english: 'heavy rain, flooded',
    source: general,
  },
];
