// The twenty-ninth batch: danger told second-hand or buried in a long story (a relative on the
// phone, a neighbour heard through the wall, a grandchild or a carer typing for an elderly
// resident, the danger sign in the third clause of four, short fragments typed in a hurry with
// typos), in every journey; and calm needs beside them that carry danger words with no danger
// now (health history, a problem already solved, prevention, a safety check, a scam refused, a
// PIN mistyped, a broken glasses arm, a dream, a drill). Written whole before the matcher was run
// on any of it; all tuning, so the held-out part of the older batches measures this round honestly.
import {
  type Unsplit,
  activityRooms,
  allTuning,
  calm,
  clinic,
  companion,
  d,
  emergencyTeam,
  fire,
  flood,
  gas,
  hobby,
  meals,
  missing,
  nothing,
  police,
  property,
  repair,
} from './labelledNeedsKit.js';

const gasDanger: readonly string[] = [...gas, ...emergencyTeam];
/** Someone not seen or not answering behind a closed door: the responders open it, with the police. */
const welfareCheck: readonly string[] = [...emergencyTeam, ...police];
/** A cry for help or a threat to life heard or told: responders and the police. */
const cryForHelp: readonly string[] = [...emergencyTeam, ...police];
const sparks: readonly string[] = [...fire, ...repair];
const burstAbove: readonly string[] = [...repair, ...property];
const firstAidClass: readonly string[] = ['emergency-team', 'skills-school'];
const nursing: readonly string[] = ['home-nursing'];
const rehab: readonly string[] = ['home-nursing', 'family-doctor-team', 'health-station'];
const counselling: readonly string[] = ['counselling-room'];
const mediation: readonly string[] = ['mediation-room'];
const appliances: readonly string[] = ['handyman-volunteers', 'repair-team'];
const patrol: readonly string[] = ['patrol-volunteers', 'police-room'];
const pharmacy: readonly string[] = ['pharmacy'];
const smokeAlarm: readonly string[] = [...fire, 'handyman-volunteers'];
const wiringCheck: readonly string[] = ['handyman-volunteers', 'repair-team', ...fire];
const shows: readonly string[] = ['culture-centre', ...police];
const antiFraudPhone: readonly string[] = ['smartphone-class', ...police];

/** Told by someone else: a relative on the phone, a neighbour, a grandchild or a carer typing. */
const secondHand: Unsplit[] = [
  d(
    'H',
    '我女儿在外地打电话来，说她给我爸打了一上午电话都没人接，他一个人住，平时都接的',
    welfareCheck,
  ),
  d('L', '儿子刚打电话说他奶奶在厕所摔了，爬不起来，我现在在外面赶不回去', emergencyTeam),
  d('S', '隔壁王姐打电话给我说她闻到楼道里一股煤气味，让我问问找谁', gasDanger),
  d('X', '我替我妈打的字，她说刚才有人冒充公安让她把钱转到安全账户，她正准备去银行', police),
  d('E', '我是孙子帮奶奶打的，奶奶说胸口疼得厉害，喘不上气', emergencyTeam),
  d('H', '我是保姆，老人家刚吃完饭突然说不出话了，嘴也歪了', emergencyTeam),
  d('L', '隔着墙一直听见隔壁有人喊救命，喊了好几声了', cryForHelp),
  d('S', '楼上那家老太太好几天没下楼了，报纸堆在门口，敲门也没人应', welfareCheck),
  d('X', '我婆婆在电话里说有个男的一直跟着她，从菜市场跟到小区门口了', police),
  d('L', '听邻居说我家楼下在冒黑烟，我人还在上班', fire),
  d('H', '护工说我爸从昨晚开始就叫不醒，呼吸很粗', emergencyTeam),
  d('E', '帮我外公打字：有个自称老师的打电话说孙子在学校出事了，让马上打钱过去', police),
  d('S', '我妹妹打电话哭着说她家门被人撬了，屋里翻得乱七八糟，人还不知道走没走', police),
  d('L', '隔壁那个独居老头屋里传出一股怪味，好多天没见着他了', welfareCheck),
  d('H', '我替我爷爷问，他刚吃了降压药又吃了一把，记不清吃了多少片了', emergencyTeam),
  d('S', '我媳妇说孩子在小区里找不到了，找了一个钟头了', missing),
  d('L', '楼下阿姨说她老伴出门买菜到现在还没回来，他有老年痴呆', missing),
  d('X', '邻居打电话说看见我家阳台窗户被人卸了，我在医院陪床回不去', police),
  d('H', '我是社工，帮一位阿婆打的，她说她老伴倒在地上没气了', emergencyTeam),
  d('E', '我奶奶说刚才有个人自称社区的，进屋说检查燃气，现在在翻她的柜子', police),
];

/** The danger sign in the middle of a long story about something else. */
const buried: Unsplit[] = [
  d(
    'L',
    '想问一下送餐的事，我们家老头子最近腿脚不好，今天早上在卫生间滑倒了到现在起不来，中午饭也没人做',
    emergencyTeam,
  ),
  d(
    'S',
    '本来想报名合唱团的，今天出门前闻到厨房里煤气味挺重，我就先出来了，合唱团在哪报',
    gasDanger,
  ),
  d('E', '孙子上网课电脑老卡，想找人看看，刚才插座那儿冒火花还有焦味，网速也慢', sparks),
  d(
    'H',
    '想约个家庭医生，我血压一直高，刚才突然半边身子发麻，碗都端不住了，医生什么时候有空',
    emergencyTeam,
  ),
  d(
    'L',
    '物业费的事想问问，昨天楼上水管爆了，现在水顺着电线往灯里流，物业一直不接电话',
    burstAbove,
  ),
  d(
    'S',
    '我们几个老姐妹在活动室打牌，李姐说头疼得要裂开，然后就吐了，人有点迷糊，活动室几点关门',
    emergencyTeam,
  ),
  d(
    'X',
    '想问问社区有没有反诈讲座，因为我爸现在正跟一个自称银行的人打电话，让他报验证码，已经报了一个',
    police,
  ),
  d(
    'L',
    '家里暖气不热，物业说明天来，结果晚上闻到一股烧焦的塑料味，从电暖器那边来的，现在还有烟',
    fire,
  ),
  d('E', '想咨询找工作的事，我老公下岗在家天天喝酒，昨晚喝完说不想活了，还把刀拿出来了', [
    ...cryForHelp,
    ...counselling,
  ]),
  d('H', '在药房排队拿药，旁边一个大爷突然捂着胸口蹲下了，脸色发青，药房在几楼', emergencyTeam),
  d('S', '广场舞的音响坏了想借一个，还有刚才跳舞一个阿姨摔倒了头磕破了，流了好多血', emergencyTeam),
  d('L', '家里水龙头漏了好几天，今天进门一看地上全是水，插线板泡在水里还在嗞嗞响', sparks),
  d('X', '我孙女网上认识个人带她投资，她把学费都转过去了，现在还让她继续转', police),
  d('H', '我妈住院回来以后吃不下饭，今天一直说胡话，浑身滚烫，叫她也不太理人', emergencyTeam),
  d('E', '想给我爸报个智能手机班，他昨天被拉进一个群说交钱能领补贴，刚才又要去银行取钱', police),
  d('S', '听说有个专家讲座送鸡蛋，我爸在那儿听了一上午，现在要把存折给他们', police),
];

/** Fragments typed in a hurry, with typos, some Cantonese and English. */
const fragments: Unsplit[] = [
  d('X', '快 老头摔了 头出血', emergencyTeam),
  d('L', '媒气味好重 怎么办', gasDanger),
  d('S', '有人晕到了 活动室', emergencyTeam),
  d('H', '喘不上起 胸口疼', emergencyTeam),
  d('X', '楼道着伙了 好多烟', fire),
  d('L', '家里进贼 人还在屋里', police),
  d('E', '孩子丢了 在学校门口', missing),
  d('S', '阿爷冇氣呀 快啲嚟', emergencyTeam),
  d('H', '我爸没气了 叫不醒', emergencyTeam),
  d('L', '锅烧干了 满屋子烟', fire),
  d('X', '被骗了 正在转账 怎么拦', police),
  d('S', '老太太倒地上 不动', emergencyTeam),
  d('L', '下大雨 水漫进屋了 一楼', flood),
  d('H', '吃错药了 吐白沫', emergencyTeam),
  d('X', 'smell gas in hallway grandma alone', gasDanger),
  d('L', '電線冒火花 好驚', sparks),
  d('E', '专家讲座现场 让交钱买保健品 我妈已经刷卡了', police),
  d('H', '护工来电话 老人从床上掉下来了 腿不能动', emergencyTeam),
  d('L', '闻着像液化气 邻居家 门锁着', gasDanger),
  d('X', '有人在撬楼下的门 就现在', police),
  d('S', '隔壁小孩一直哭 大人打得很凶', police),
  d('H', '爷爷被开水烫了 一大片起泡', emergencyTeam),
  d('L', '三天没看见她了 敲门没人应 电话也不接', welfareCheck),
  d('X', '一氧化碳报警器响了 头晕', gasDanger),
  d('S', '车库里那个老头 喝了农药', emergencyTeam),
];

/** Danger words with no danger now. */
const calmOnes: Unsplit[] = [
  calm('H', '老伴脑梗后说话不利索了，有没有做康复训练的地方', rehab),
  calm('H', '我爸心脏装了支架，想找家庭医生定期来看看', ['family-doctor-team']),
  calm('X', '上次闻到煤气味是灶台没关好，已经修好了，想问能不能装个报警器', gas),
  calm('X', '接到个电话说我孙子出事要打钱，我没理他直接挂了，想跟警察说一声', police),
  calm('L', '手机银行密码输错了好几次，现在登不上去了', nothing),
  calm('L', '眼镜腿断了，哪里能修一下', nothing),
  calm('S', '昨晚做梦梦见家里着火了，吓醒了，现在心里还慌', counselling),
  calm('X', '小区下周搞消防演习，老年人要不要参加', fire),
  calm('X', '想请人上门看看家里电线老不老化，怕出事', wiringCheck),
  calm('L', '烟雾报警器老是嘀一声嘀一声的，是不是该换电池了', smokeAlarm),
  calm('X', '电动车能不能推到楼道里充电，物业说不让', fire),
  calm('E', '想学急救，万一家里老人摔倒了我也会处理', firstAidClass),
  calm('S', '我妈去年摔了一跤以后就不爱出门了，想让她多参加活动', [
    ...activityRooms,
    'culture-centre',
    ...hobby,
    ...companion,
  ]),
  calm('H', '以前中过风，现在恢复得还行，想定期量量血压', clinic),
  calm('X', '骗子发短信说我中奖了，我没点链接就删了，这种要不要报', police),
  calm('S', '社区那个防诈骗的快板挺有意思，下次什么时候演', shows),
  calm('L', '家里燃气灶用了十几年了，想找人来检查一下安不安全', gas),
  calm('H', '我爸以前心梗过，家里要备点什么急救药', [...pharmacy, 'family-doctor-team']),
  calm('L', '煤气热水器能不能装在浴室里，听说会中毒', gas),
  calm('X', '上个月家里被盗过，现在换了锁，想让巡逻队晚上多转转', patrol),
  calm('S', '老伴走了三年了，一个人在家闷，想找人说说话', [...companion, ...counselling]),
  calm('H', '我妈晕车，一坐车就吐，有没有什么药', pharmacy),
  calm('X', '手机上收到预警说明天有暴雨，家里要准备点啥', flood),
  calm('H', '前天摔了一跤膝盖青了一块，不严重，想找医生看看', clinic),
  calm('S', '看电视剧里有人煤气中毒，我也想在家里装个报警器', gas),
  calm('E', '想给我爸报个反诈骗的课，他老爱信电话里的', police),
  calm('L', '门锁坏了钥匙插不进去，不是被撬的，就是旧了', appliances),
  calm('X', '老人走丢过一回，找回来了，想问问有没有定位手环', missing),
  calm('H', '刚做完心脏搭桥出院，想请个护士上门换药', nursing),
  calm('S', '我们合唱团想排个消防安全的节目，谁能给讲讲', fire),
  calm('X', '楼道灭火器上写着过期了，谁来换', fire),
  calm('L', '冰箱不制冷了，里面的肉都快臭了', appliances),
  calm('E', '想学学怎么在手机上识别诈骗电话', antiFraudPhone),
  calm('X', '昨天隔壁吵架很凶，今天已经和好了，以后再吵能找谁调解', mediation),
  calm('H', '我爷爷吞咽不太好，吃饭容易呛，有没有专门做的软饭', meals),
  calm('L', '家里没气了，燃气卡要充值', gas),
  calm('S', '单车冇气，边度可以打气', nothing),
  calm('X', '演习的时候那个灭火毯怎么用，我没学会', fire),
  calm('H', '胸口疼的老毛病，医生说是胃的问题，想开点胃药', pharmacy),
  calm('L', '老人晚上起夜怕摔，想在厕所装个扶手', appliances),
];

export const twentyNinthBatch = allTuning([...secondHand, ...buried, ...fragments, ...calmOnes]);
