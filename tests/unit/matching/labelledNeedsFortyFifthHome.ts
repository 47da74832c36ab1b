// The 45th batch's homes in danger (see labelledNeedsFortyFifthBatch.ts): burning smelt through a
// neighbour's door, a smoke alarm sounding with smoke, water through the ceiling onto wires, a
// scam under way told by a relative, gas, and the typed forms (homophone typos, toneless pinyin),
// with the calm near misses: medicine running out, an alarm's battery, a drill, the news.
import {
  type Unsplit,
  calm,
  clinic,
  d,
  emergencyTeam,
  fire,
  flood,
  gas,
  police,
  property,
  repair,
} from './labelledNeedsKit.js';

/** Water on wiring: the electrician and the flood depot. */
const wet: readonly string[] = [...repair, ...flood];
const refill: readonly string[] = [...clinic, 'pharmacy'];
/** A smoke alarm that chirps or needs moving: whoever fits one. */
const alarmFitter: readonly string[] = [...repair, 'handyman-volunteers', ...fire];

export const burningCases: Unsplit[] = [
  d('L', '对门一股糊味从门缝里出来，敲门没人', fire),
  d('S', '楼道里全是烧焦的味道，好像是隔壁家传出来的', fire),
  d('L', '隔壁家门缝里往外冒烟，家里好像没人', fire),
  d('L', "there is a burning smell coming under my neighbour's door and no one answers", fire),
  d('H', '樓上鄰居家一直傳來燒焦的味道，越來越嗆', fire),
  d('L', '隔壁锅好像烧干了，味道很冲，人出去了', fire),
  d('E', '楼下那家窗户里有火光，黑乎乎的往外冒', fire),
  d('L', '烟雾报警器一直在叫，厨房里都是烟', fire),
  d('S', 'the smoke alarm is going off and the hallway is full of smoke', fire),
  d('L', '楼道的报警器响个不停，闻着还有股烟味', fire),
  d('L', '厨房着伙了', fire),
  d('L', '家里召火了', fire),
  d('L', '隔壁起伙了，烟很大', fire),
  d('L', 'jia li zhao huo le', fire),
];

export const wetWiresCases: Unsplit[] = [
  d('L', '楼上漏水顺着天花板流到电线上了，灯一闪一闪的', wet),
  d('L', '天花板往下滴水，正好滴在插座上，还在滋滋响', wet),
  d('L', 'water is coming through the ceiling onto the light and the wires', wet),
  d('L', '天花板滲水，水沿著電線流到開關那裡了', wet),
  d('H', '卫生间顶上往下淌水，那个浴霸里面都是水', wet),
  d('L', '楼上发大水了，水从我家吊灯里往下流', wet),
];

export const scamCases: Unsplit[] = [
  d('L', '我妈说公安局打电话说她卡有问题，正要去银行转账', police),
  d('S', '我爸接了个电话说我出车祸了要他马上打钱，他已经出门去银行了', police),
  d('E', '我姐在网上找兼职，对方让她先交押金，她正在转', police),
  d('H', '有人冒充医保局给我奶奶打电话，让她把钱转到一个账户，她正在弄', police),
  d(
    'L',
    'my mum is on the phone with someone saying he is from the bank and she is about to send him money',
    police,
  ),
  d('S', '我外婆说有个"孙子"打电话借钱，她现在正往银行走', police),
  d('L', '我媽說接到電話說她涉嫌洗錢，叫她把存款轉過去，她現在就要去', police),
  d('E', '有人说我爸中了大奖，要先交税才能领，我爸正在手机上转', police),
];

export const typedCases: Unsplit[] = [
  d('L', '我奶奶云倒在地上了', emergencyTeam),
  d('S', '有人在活动室运倒了', emergencyTeam),
  d('L', '楼下有股媒气味，很冲', gas),
  d('H', '我爸突然昏密了', emergencyTeam),
  d('S', '老太太拌倒了起不来', emergencyTeam),
  d('L', '家门被人翘了', police),
  d('E', '有人闯近我家了', police),
  d('L', 'mei qi wei hen da', gas),
  d('L', '廚房的瓦斯味很重，頭有點暈', gas),
  d('L', 'I can smell gas in the stairwell and it is getting stronger', gas),
  d('L', '燃气灶没点着，气一直在出，屋里味道冲得头疼', gas),
  d('H', '一家人都头疼恶心，屋里烧着炭盆取暖', [...emergencyTeam, ...gas]),
];

/** Near misses for the homes above. */
export const calmHomeCases: Unsplit[] = [
  calm('H', '救命药吃完了，想再开一点', refill),
  calm('H', '我爸的降压药明天就吃完了，去哪儿开', refill),
  calm('H', '速效救心丸快没了，想备一瓶', refill),
  calm('H', 'my heart pills run out on Friday, where can I get more', refill),
  calm('H', '胰島素快用完了，要去哪裡開', refill),
  calm('H', 'xin zang yao kuai chi wan le', refill),
  calm('L', '烟感器一直嘀嘀响，是不是该换电池了', alarmFitter),
  calm('L', 'the smoke detector chirps every minute, I think the battery is low', alarmFitter),
  calm('L', '煙霧報警器一閃一閃還嗶一聲，應該是沒電了', alarmFitter),
  calm('L', '报警器半夜每隔一会儿叫一下，也没烟，吵得睡不着', alarmFitter),
  calm('L', '炒菜的时候烟雾报警器被油烟弄响了，一开窗就好了，能不能挪个位置', alarmFitter),
  calm(
    'L',
    'the toast burnt and the alarm went off for a minute, it is fine now, can someone check the alarm',
    alarmFitter,
  ),
  calm('E', '社区什么时候办消防演练，想带孩子去学学怎么逃生', fire),
  calm('L', '想学学家里燃气漏了该怎么处理', gas),
  calm('S', '防诈骗宣传什么时候来我们小区', police),
  calm('S', '新聞說有人冒充公安騙老人錢，我想給我媽報個防騙講座', police),
  calm('S', 'I read about a gas explosion in another city, how do I get my own pipes checked', gas),
  calm('L', '去年家里着过一次火，现在想检查一下电线老不老化', [...repair, ...fire]),
  calm('S', '我爸以前被骗过一次钱，现在想听听防诈骗讲座', police),
  calm('H', '老做噩梦，梦见家里着火，醒了心怦怦跳', ['counselling-room', ...clinic]),
  calm('L', '厨房烧菜有点糊了，油烟机不太抽烟', repair),
  calm('L', '天花板有一块水印，好像是以前漏过水', [...repair, ...property]),
  calm('L', '门锁有点不好使，钥匙要拧好几下', ['handyman-volunteers', ...repair]),
  calm('L', '孩子玩打火机被我发现了，没着起来，想找人给他讲讲用火安全', fire),
  calm('S', '燃气公司打电话说要上门安检，是真的吗', gas),
  calm('E', '在找保安的工作，夜班巡逻那种', ['employment-station']),
];
