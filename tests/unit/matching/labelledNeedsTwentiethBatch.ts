// A twentieth batch, written before any change to the danger reader in this round, so that its
// held-out half measured before tuning estimates honestly how the reader does on dangers it has
// never seen. Held-out danger recall stood at 92.2 %: the misses were phrasings no list held.
// So the dangers here are told the way an elderly resident or a worried relative tells them:
// long-winded, describing what they see rather than naming the emergency (身子一软就瘫下去了,
// 臭鸡蛋味, 拿东西捅门锁), in northern dialect, written Cantonese, homophone typos (煤汽, 然气),
// a few in Traditional characters and in English, typed under the non-emergency journeys as
// often as under safety. Every kind: falls, faints, chest pain, strokes, breathing, bleeding,
// burns, choking, gas, fire and smoke, sparks, break-ins, fraud in progress, water coming in,
// a person missing now, an elder or a child in danger, self-harm talk. The calm near misses
// share the words and are not danger: the past, a course, a precaution, a bill, a drill, a
// worry about what might happen, somebody else's story. Labels follow the rule at the top of
// labelledNeeds.ts (a person missing right now is danger). Written in pairs of one kind, so the
// fixed rule (splitHeldOutFirst: in the order written, the 1st, 3rd, 5th… case held-out, the
// rest tuning) gives each half one of every pair. Counted before any measuring, the halves held
// 12 and 4 dangers under basic living and 0 and 3 needs nothing fits, so 18 cases were given
// another journey and two pairs swapped (a choice by count, not by result: nothing was measured
// yet). From here cases are never moved or reordered.
import type { LabelledNeed } from './labelledNeeds.js';
import {
  calm,
  clinic,
  companion,
  d,
  emergencyTeam,
  fire,
  flood,
  gas,
  hobby,
  missing,
  nothing,
  police,
  property,
  repair,
  splitHeldOutFirst,
} from './labelledNeedsKit.js';

const crisis: readonly string[] = [...emergencyTeam, 'counselling-room'];
const sparks: readonly string[] = [...fire, ...repair];
const gasOrFire: readonly string[] = [...gas, 'fire-station'];

export const twentiethBatch: readonly LabelledNeed[] = splitHeldOutFirst([
  // Falls, the person still on the floor
  d('L', '我妈在卫生间滑了一跤，坐地上半天了，腿使不上劲，我一个人扶不动她', emergencyTeam),
  d('S', '俺家老头子从床上出溜到地上了，咋拽都拽不起来，他说腰那块疼得钻心', emergencyTeam),
  // A faint, described not named
  d('H', '刚才排队的时候前面那个大爷身子一软就瘫下去了，喊他也不吭声', emergencyTeam),
  d('E', '上课上到一半旁边的阿姨脸煞白，眼睛一翻就趴桌子上了，叫不应', emergencyTeam),
  calm('H', '我妈上个月在家摔了一跤，现在好多了，想问问有没有康复训练', [
    ...clinic,
    'home-nursing',
  ]),
  calm('H', '社区有没有教老人防跌倒的课，我想给我爸报个名', [...hobby, 'health-station']),
  // Chest pain
  d('S', '我老伴说心口像压了块大石头，出了一身冷汗，左胳膊也发麻', emergencyTeam),
  d('L', '阿爷话个心好翳，成身冒冷汗，唔知系咪心脏出咗事', emergencyTeam),
  // Stroke signs
  d('H', '我爸吃着饭筷子突然掉了，说话含含糊糊的，一边脸好像耷拉下来了', emergencyTeam),
  d(
    'X',
    "My father's speech suddenly went slurred and one side of his face is drooping, he can't lift his right arm",
    emergencyTeam,
  ),
  calm('L', '燃气费怎么交啊，卡里好像没钱了，灶都快用不了了', gas),
  calm('X', '下礼拜小区要搞消防演练，几点开始，要不要带啥东西', fire),
  // Breathing
  d('E', '我婆婆喘得厉害，嘴唇都发紫了，坐着都倒不过气来', emergencyTeam),
  d('S', '佢唞唔到气，块面青晒，点算好', emergencyTeam),
  // Heavy bleeding
  d('H', '切菜把手剌了个大口子，血哗哗往外冒，毛巾都湿透了还止不住', emergencyTeam),
  d('H', '老人在门口绊了一下头磕在台阶上，血一直往下淌，捂也捂不住', emergencyTeam),
  calm('X', '想在家里装个烟雾报警器，社区能帮忙装吗', [...fire, 'handyman-volunteers']),
  calm('H', '我爸有高血压，想请家庭医生隔段时间上门给量量', clinic),
  // Burns
  d('L', '孩子把刚烧开的一壶水碰翻了，全浇在腿上，皮都起泡掉了一大块', emergencyTeam),
  d('S', '我奶奶做饭袖子给燎着了，胳膊烫伤一大片，红得吓人一直在哭', emergencyTeam),
  // Choking
  d('S', '孙子吃果冻卡住了，脸憋得通红，咳不出来也哭不出声', emergencyTeam),
  d('H', '老太太吃汤圆噎着了，两只手抓着脖子说不出话来', emergencyTeam),
  calm('E', '想学点急救知识，心肺复苏那种，哪里有培训班', [
    ...emergencyTeam,
    'skills-school',
    'health-station',
  ]),
  calm('S', '听说隔壁小区有老人被骗了十万块，咱社区有没有防诈骗的讲座', [
    ...police,
    'culture-centre',
    'elder-university',
  ]),
  // Gas, by its smell and by homophone typos
  d('L', '一进门就闻到一股臭鸡蛋味，厨房那块最冲，我没敢开灯', gas),
  d('E', '楼道里一股煤汽味儿，好像是对门传出来的，敲门也没人应', gasOrFire),
  d('S', '家里然气味好大，我头晕乎乎的，是不是哪儿漏了', gas),
  d('H', '廚房有股瓦斯味，我媽說頭痛想吐', gas),
  calm('L', '厨房燃气灶打不着火了，咔咔响就是不出火苗', [...gas, ...repair]),
  calm('X', '楼道灯坏了好几天了，黑灯瞎火的，晚上怕老人下楼摔着', property),
  // Fire, smoke, a burning smell
  d('E', '隔壁窗户往外冒黑烟，还能闻到一股塑料烧焦的味儿', fire),
  d('S', '楼下不知道谁家着起来了，烟顺着楼梯往上窜，我们下不去了', fire),
  d('L', '屋里有股焦糊味，找了半天不知道哪来的，插座那边摸着热乎乎的', sparks),
  d(
    'X',
    "There's smoke coming out from under my neighbour's door and their alarm has been beeping for ages",
    fire,
  ),
  calm('L', '家里下水道堵了，水下不去，厨房一股味', repair),
  calm('S', '我年轻时候当过消防员，想去社区当个志愿者', ['volunteer-station', ...fire]),
  // Sparks from wiring
  d('H', '电表箱那里噼里啪啦直冒火星子，还有股胶皮味', sparks),
  d('E', '插线板刚才啪一声冒了个火花，现在墙上那个插座都黑了还烫手', sparks),
  // Someone at the door or in the home
  d('S', '半夜听见有人拿东西捅我家门锁，咔哒咔哒响了好一阵，我不敢出声', police),
  d('L', '回家一看门锁让人撬坏了，屋里翻得乱七八糟，不知道人走没走', police),
  calm('H', '前年我中过一次风，现在恢复得还行，想找个地方做做康复', [...clinic, 'home-nursing']),
  calm('E', '我想考个电工证，社区哪里有培训', ['skills-school', 'employment-station']),
  d('E', '有人喺度撬紧隔篱屋道门，我喺猫眼睇到', police),
  d('X', '有个不认识的男的顺着空调外机往二楼爬，那家窗户还开着', police),
  // Fraud in progress
  d('E', '有个自称公安局的打电话说我的卡涉嫌洗钱，让我把钱转到安全账户，电话还没挂', police),
  d('H', '我妈正跟一个说是医保局的人通电话，那人叫她马上去银行把存款转过去，我拦不住她', police),
  calm('L', '家里的电热水器老是跳闸，想找个人来看看', repair),
  calm('L', '我家门锁不太好使了，钥匙老是拧不动，想换个锁', [...repair, 'handyman-volunteers']),
  d('S', '刚才有人冒充我孙子打电话，说他出事了要我赶紧汇两万块过去，我正准备去银行', police),
  d('L', '有个人在微信上说是我儿子的领导，让我现在就打钱给他，说是急用', police),
  d(
    'X',
    "A man on the phone says he's from the bank and wants the code they just texted me, he's still on the line",
    police,
  ),
  d('H', '有人一直打电话说我中了大奖，要先交手续费，我这会儿已经站在取款机跟前了', police),
  calm('S', '医生说我心脏不太好，让定期复查，社区能做心电图吗', clinic),
  calm('S', '老伴走了以后心里总空落落的，想找个人说说话', [...companion, 'counselling-room']),
  // Water coming into the home
  d('L', '外头雨太大了，水从门缝底下往屋里灌，已经没过脚面了', flood),
  d('L', '地漏往外反水，臭水漫了一地，客厅都泡上了', flood),
  d('X', '地下室进水了，水越来越深，眼看就到电闸那儿了', flood),
  d(
    'S',
    "Water is pouring in through the back door from the flooded street and it's nearly up to the sockets",
    flood,
  ),
  calm('E', '刚才电视上说有人冒充公检法诈骗，想问问咱们老百姓该咋防', police),
  calm('L', '上礼拜暖气管子漏水，报修了，现在修好了没有', [...repair, ...property]),
  // A person missing right now
  d('S', '我爸有点糊涂，早上出去遛弯到现在都没回来，电话也打不通', missing),
  d('E', '孩子放学四点就该到家，现在都七点了还没见人，同学说没跟他一起走', missing),
  d('X', '俺娘一大早出去买菜，到这会儿还没回来，她记性不好老迷路', missing),
  d('H', '我奶奶從醫院出來就不見了，她有老人痴呆，到處都找不到', missing),
  calm('X', '上次家里进过小偷，想装个监控，社区有人能帮忙吗', [
    ...police,
    'patrol-volunteers',
    'handyman-volunteers',
  ]),
  calm('L', '楼下老王家去年着过一回火，现在大伙都挺小心的，灭火器在哪儿领', fire),
  d(
    'X',
    "My mum has dementia and she's wandered off, we've been looking for her for two hours",
    missing,
  ),
  d('L', '我外孙女说好在小区门口等我，我到了人不见了，喊了半天也没人应', missing),
  // An elder or a child in danger
  d('L', '对门独居的老太太好几天没开门了，门口报纸都堆着，屋里还有股味', [
    ...emergencyTeam,
    ...police,
  ]),
  d('S', '楼上小孩一个人趴在窗台上，半个身子都探出来了，家里好像没大人', emergencyTeam),
  calm('L', '我家孩子说学习机找不到了，是不是落在学校了', nothing),
  calm('L', '我妈晚上睡觉老憋气打呼噜，想找医生看看', clinic),
  d('E', '孩子被反锁在车里了，太阳底下晒着，车门怎么也打不开', [...emergencyTeam, ...fire]),
  d('H', '我爷爷把一整瓶安眠药都吃了，现在叫他迷迷糊糊的', emergencyTeam),
  d('X', '邻居家老人被锁在屋里出不来，一直在里面敲墙喊救命', emergencyTeam),
  d('H', '老头儿进厕所半天没动静，门从里头插上了，喊他也不答应', emergencyTeam),
  calm('E', '想找个夜班保安的活儿干，年纪大点行不行', ['employment-station']),
  calm('X', '听说社区发防灾应急包，我家能领一个不', flood),
  // Self-harm talk
  d('H', '我儿子最近老说活着没意思，刚才发消息说要跟大家告别了', crisis),
  d('E', '我闺女把自己关在屋里，说不想拖累我们了，还把药全倒出来了', crisis),
  d('S', '隔壁大爷站在楼顶边上不肯下来，谁劝都不听', [...crisis, ...police]),
  d(
    'L',
    'I keep thinking everyone would be better off without me, I have all the pills in my hand',
    crisis,
  ),
  calm('X', '小区门口那个井盖松了，踩上去晃悠，怕有人掉下去', [...property, ...repair]),
  calm('H', '我爸吃了降压药以后老头晕，是不是药量不对', [...clinic, 'pharmacy']),
  // Violence, said as what is seen
  d('H', '楼下两口子打起来了，男的拿着刀追着女的喊要砍死她', police),
  d('X', '门口有几个人拿着棍子在砸我家门，说不还钱就要弄死我', police),
  // More signs of a body in trouble, in dialect and Cantonese
  d('S', '俺家那口子突然说话不利索了，嘴角直流口水，手也抬不起来', emergencyTeam),
  d('E', '下了课出来看见我妈坐在台阶上起不来，说脑袋嗡嗡的，一条腿没知觉', emergencyTeam),
  calm('S', '过年想在阳台上放鞭炮，小区让不让放', [...property, 'fire-station']),
  calm('S', '我外孙女下午去少年宫了，五点才回来，想问问社区有没有托管', ['homework-club']),
  d('E', '佢啱啱跌咗落楼梯，而家瞓喺度郁唔到', emergencyTeam),
  d('S', '阿婆食嘢哽亲，块面紫晒', emergencyTeam),
  d('L', '我媽剛才在廚房跌倒了，爬不起來，說髖部很痛', emergencyTeam),
  d('L', '我爸血糖低得厉害，浑身哆嗦冒虚汗，叫他也迷迷瞪瞪的', emergencyTeam),
  calm('E', '老人防走失的手环在哪里能领到', ['missing-search-team']),
  calm('L', '楼道里堆了好多纸箱子，万一着火就麻烦了', [...fire, ...property]),
  // Fire and gas at home, told as what is happening
  d('X', '炉子上坐的锅忘了关，现在满屋子都是烟，锅底都烧红了', fire),
  d('X', '我家燃气灶关了还在嘶嘶响，一股味儿，我不敢动开关', gas),
  d('E', '电动车在楼下充着电突然冒烟了，还噼啪响', fire),
  d('S', '煤气罐那儿一股子味，阀门怎么拧也拧不紧', gas),
  calm(
    'S',
    'My friend fell last winter and broke her hip. Is there an exercise class for balance?',
    [...hobby, 'fitness-square-yangguang'],
  ),
  calm('X', '燃氣表好像走得特別快，想找人來看看', gas),
  // More bodies in trouble
  d('X', '我爸让蜜蜂蛰了，现在说嗓子发紧，脸肿得老高', emergencyTeam),
  d('X', '我妈刚才吐了好多血，脸色蜡黄，站都站不稳', emergencyTeam),
  d('H', '小孩偷吃了奶奶的降压药，吃了好几片，现在昏昏沉沉的', emergencyTeam),
  d('E', '同事在车间被机器绞了手，血止不住，人都快不行了', emergencyTeam),
  calm('L', '煤气罐用完了，哪里能换一罐', gas),
  calm('E', '社区消防站招不招志愿者，我想报个名', [...fire, 'volunteer-station']),
  calm('S', '我媽上禮拜暈倒過一次，醫生說是低血糖，現在想問問平時怎麼調理', clinic),
  calm('X', '家里小孩玩火柴被我发现了，想给他讲讲防火，社区有没有资料', fire),
  calm('S', '跟老姐妹们说好了周末一起去看烟花，哪儿能看', nothing),
  calm('H', '我昨天胸口闷了一会儿，今天好了，想找家庭医生看看', clinic),
  calm('X', 'How do I pay the gas bill here?', gas),
  calm('E', '我孙子最近老不回家吃饭，跟同学在外面玩，说了也不听', nothing),
]);
