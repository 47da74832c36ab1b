// The 49th batch: 63 needs written by the `danger` helper (8th round of issue 15) after tuning on
// the 45th, in other wordings of the same families (a child lured or fetched by a stranger, an
// elder who never arrived or stopped answering, someone followed or a door tampered with, a
// person down, smoke or a burning smell next door, water on the electrics, a scam with the money
// moving now, typos and toneless pinyin, English and Traditional) and their calm near misses.
// Measured once before any further tuning, its figure says whether the 45th round generalised;
// then tuned on. Rule: allTuning.
import type { LabelledNeed } from './labelledNeeds.js';
import {
  allTuning,
  calm,
  clinic,
  d,
  emergencyTeam,
  fire,
  flood,
  gas,
  missing,
  nothing,
  police,
  property,
  repair,
} from './labelledNeedsKit.js';

const checkOn: readonly string[] = ['emergency-team', 'police-room', 'missing-search-team'];
const wet: readonly string[] = [...repair, ...flood];
const refill: readonly string[] = [...clinic, 'pharmacy'];
const alarmFitter: readonly string[] = [...repair, 'handyman-volunteers', ...fire];
const counselling: readonly string[] = ['counselling-room'];
const quarrel: readonly string[] = ['mediation-room', ...property];

export const fortyNinthBatch: LabelledNeed[] = allTuning([
  d('S', '我孙女在小区门口被一个开车的男的叫过去，现在人和车都不见了', missing),
  d('E', '接孩子的时候老师说已经被她舅舅接走了，可她根本没有舅舅', missing),
  d('L', '有人装成快递员在楼道里转，一个劲问我家几口人、白天有没有人', police),
  d('H', '我刚做完透析出来，有个人从医院一直跟我到小区', police),
  d('L', '晚上回家发现锁芯好像被人动过，屋里灯亮着，我出门前关了的', police),
  d(
    'S',
    'somebody has been standing outside my building every night this week staring up at my window',
    police,
  ),
  d('L', '樓下有個男人一直按我家門鈴，我不開他就踢門', police),
  d('H', '老爷子下午说去医院拿药，医院说没见到人，打他电话一直响没人接', missing),
  d('S', '我婆婆早上去菜市场，到现在五个小时了，她有阿尔茨海默', missing),
  d('L', '住我对门的独居阿姨两天没开灯了，门口外卖还挂着', checkOn),
  d(
    'H',
    'my aunt is diabetic, lives by herself and I have been ringing her all morning with no reply',
    checkOn,
  ),
  d('S', '我爸在公园晨练，打电话过去是个陌生人接的，说他倒在那了', emergencyTeam),
  d('L', '我老伴在沙发上睡着了，怎么推都推不醒，呼噜打得很响', emergencyTeam),
  d('E', '面试的时候对面的考官突然捂着胸口趴下去了', emergencyTeam),
  d('H', '我奶奶刚才还好好的，现在嘴歪眼斜，话也说不清', emergencyTeam),
  d('S', '广场舞跳着跳着有个大姐直接躺地上了，脸都白了', emergencyTeam),
  d('L', 'my neighbour is lying at the bottom of the stairs and is not moving', emergencyTeam),
  d('H', '我媽在浴缸裡泡著沒反應，叫她也不理', emergencyTeam),
  d('L', '孩子把洗衣液喝了一口，现在一直吐', emergencyTeam),
  d('L', '楼上邻居家门缝里冒出一股股黑烟，敲门也没人', fire),
  d('S', '走廊里一股塑料烧着的味道，越来越浓，找不到是哪家', fire),
  d('L', 'the flat below has smoke coming out of the window and I can hear the alarm', fire),
  d('E', '隔壁的电动车在楼道里充电，突然砰的一声，冒出火苗', fire),
  d('L', '報警器一直響，客廳裡全是煙，看不清', fire),
  d('L', '楼上水漏下来，电表箱那里一直在滴水，还有焦味', [...wet, ...fire]),
  d('L', '暴雨灌进地下室了，插排都泡在水里', wet),
  d('L', 'the ceiling is leaking right onto the socket behind the fridge and it is sparking', [
    ...wet,
    ...fire,
  ]),
  d('S', '我爸刚打电话说有个警察让他把钱转到安全账户，他现在在ATM机前面', police),
  d('H', '我妈说有个"医生"打电话让她交钱买特效药，她刚去银行了', police),
  d('E', '我表弟在网上投资，对方让他再充五万才能提现，他正准备充', police),
  d(
    'L',
    'my grandpa says someone from the tax office needs him to pay a fine in gift cards today and he has gone to buy them',
    police,
  ),
  d('L', '我婆婆說有人說她孫子被抓了，要她馬上匯錢保釋，她正在匯', police),
  d('L', '楼下有股臭鸡蛋味，闻着头晕', gas),
  d('L', '厨房煤汽漏了，味特别大', gas),
  d('L', 'lao ren hun dao le', emergencyTeam),
  d('S', 'you ge xiao hai zou shi le', missing),
  d('L', 'jia li zhao huo le, kuai lai', fire),
  d('L', '我爷爷摔到了爬不起来', emergencyTeam),
  d('S', '有人在公园晕到了', emergencyTeam),
  d('L', '家里进贼了，东西全被翻了', police),
  d('S', '隔壁男的喝醉了拿刀在楼道里乱挥', police),
  d('L', '对门又在打老婆了，听见她在喊救命', police),
  calm('H', '我妈前几年中风过，现在想找个康复科大夫看看', clinic),
  calm('H', '老爸上个月摔过一次，现在好了，想买个助行器', refill),
  calm('S', '做梦梦到孩子走丢了，哭醒了，最近压力太大', counselling),
  calm('H', '硝酸甘油快吃完了，想再开两盒', refill),
  calm('H', 'my inhaler is nearly empty, where can I get a new one', refill),
  calm('L', '烟感报警器隔几分钟响一下，应该是电量低了', alarmFitter),
  calm(
    'L',
    'the fire alarm in my hallway keeps beeping once a minute, no smoke at all',
    alarmFitter,
  ),
  calm('E', '小区组织消防演习，老人要不要下楼', fire),
  calm('S', '看电视说有人假冒警察骗钱，我爸也接到过这种电话，没理他', police),
  calm('S', '听说隔壁楼上周进了小偷，我想给家里装个防盗链', ['handyman-volunteers', ...repair]),
  calm('L', '天花板上有点水渍，好像是楼上以前漏的，现在干了', [...repair, ...property]),
  calm('L', '邻居家天天做饭油烟味飘进来', quarrel),
  calm('S', '我爸在公园下棋忘了时间，刚刚回来了，手机没电了', nothing),
  calm('E', '想学急救，知道人晕倒了该怎么办', [...emergencyTeam, 'health-station']),
  calm('S', '新闻里说有个孩子被拐了十年才找到，看得我直掉眼泪', nothing),
  calm('L', '门锁拧不动了，钥匙插进去转不了', ['handyman-volunteers', ...repair]),
  calm('H', '孩子发烧到三十八度，精神还行', clinic),
  calm('E', '想去做保安，哪里招人', ['employment-station']),
  calm('L', '燃气表没气了，要去哪里充', gas),
  calm('S', '我妈以前被电话骗过钱，现在接到陌生电话就紧张，想找人聊聊', counselling),
  calm('L', '隔壁装修电钻声一直响，孩子吓得哭', quarrel),
]);
