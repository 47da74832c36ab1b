// Calm shapes of everyday complaints that hold a danger word (issue 15, from the kinds of the
// twenty-sixth batch's tuning false alarms: 开关按下去没反应, 一洗澡水就漫出来，满地都是, 一到冬天就喘得
// 厉害). A device that does not respond is no person who does not; a trouble that comes back every
// time something is done, or every winter, is an old complaint for a repairer or a doctor, not an
// emergency now. Read by conceptDanger.ts with the shapes of dangerCalm.ts.
import type { CalmCombination } from './dangerCalm.js';
import { han } from './termLists.js';

export const everydayCalmCombinations: readonly CalmCombination[] = [
  // A switch, button or remote pressed without effect: "墙上那个开关按下去没反应". Not when a person
  // is called or touched (叫他没反应 is still a collapse), nor with a sign of one.
  {
    // A flush pressed, a message that will not send, a set or a machine that does not start
    // (54th batch's false alarms: 厕所按了冲水没反应, 微信发不出去语音，按了没反应). No doorbell or phone:
    // one not answered may be an elder who cannot.
    with: han(
      '开关 按钮 按键 遥控器 按下去 按了半天 一按 摁下去 摁了 按了 冲水 发不出去 马桶 电视 洗衣机 空调 水箱',
    ),
    without: han(
      '叫 喊 拍 推 人 他 她 妈 爸 爷 奶 老伴 孩子 宝宝 呼吸 晕 倒 脸色 嘴唇 眼睛 火 烟 焦 糊 电着 触电',
    ),
    blank: han('没反应 没有反应 没反应了 没动静'),
  },
  // Water standing in a shower tray or a basin that drains slowly has risen there, not in the
  // home (54th batch's false alarm: 淋浴那块水漫到脚脖子，半天才下去). Not when it is anywhere else,
  // rain brings it, or it does not stop.
  {
    with: han('半天才下去 才下得去 下不去 流不走 排不走 下得慢 下水慢'),
    without: han(
      '屋里 进屋 满屋 客厅 卧室 楼道 门口 外面 下雨 暴雨 大雨 止不住 到处都是 满地 楼下',
    ),
    blank: han('漫 淹 脚脖子 脚踝 脚面'),
  },
  // Bedridden is not fallen: "老头子在家躺着起不来炕，想找人来家打针" is nursing. Not when a fall, a faint
  // or anything sudden is told.
  {
    with: han('起不来炕 下不了炕 起不来床 下不了床 卧床 瘫在床上 瘫痪 躺了好几年 常年躺着'),
    without: han('摔 跌 绊 滑倒 倒在 地上 晕 昏 突然 叫不醒 没反应 流血 救命'),
    blank: han('起不来 下不来 动不了'),
  },
  // Breathlessness or a cough that comes back every winter is an old complaint for the doctor:
  // "有老慢支，一到冬天就喘得厉害，想让大夫常来看看". Not when anything says it is bad now (现在, 突然,
  // 满头大汗, 嘴唇发紫…): "一到冬天就胸口疼，现在满头大汗" is still an emergency.
  {
    with: han('一到冬天 一到夏天 一到秋天 一到春天 每到冬天 每年冬天 每年这个时候 一换季 一变天'),
    without: han(
      '现在 正在 这会儿 刚才 刚刚 突然 今天 今儿 越来越 快来 救命 不行了 满头大汗 冷汗 紫 发青 晕 倒 叫不醒 说不出话',
    ),
    blank: han('喘得厉害 喘得很厉害 喘得特别厉害 喘不上气 喘不过气 上不来气 憋得慌 胸闷 咳得厉害'),
  },
];

/**
 * A trouble that comes back each time something is done ("一洗澡水就漫出来", "一冲水就往上涨") is
 * a standing complaint for the repairer: its clause is calm, and so is one that nearly happened. Not a single arrival ("一进门就闻到
 * 煤气味" is now), and another clause that says the water is everywhere now is still read.
 */
export const everydayCalmPatterns: readonly RegExp[] = [
  /一(?:洗澡|冲水|放水|洗衣服|洗菜|用水|开水龙头)(?:水)?就/u,
  // A danger that nearly happened did not: 差点绊倒 on a broken step is a repair (no one fell).
  // Nearly conned by someone named between (39th batch: 我妈差点被电话骗了).
  /(?:差(?:一)?点(?:儿)?|险些)(?:就|没)?(?:摔|跌|绊|滑|晕|昏|倒|着火|烧着|被骗|上当|被[^,.!?]{1,5}?骗)/u,
];
