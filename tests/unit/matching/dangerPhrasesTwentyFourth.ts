// Phrasings of the rules added on the twenty-fourth batch (all tuning), written fresh after
// tuning to probe each rule with other words than the batch's: a fit seen as foam and jerking,
// someone pushed or shaken who does not wake, a heart racing as the body gives way, "going"
// with a body sign, an overdose by the handful, southern names for bottled gas, water through a
// light fitting, a pipe that covered the floor, savings handed to a seller of health products.
// With the near misses that share their words: a state that has lasted years, a worry a few
// words ahead of its danger (怕…起火), a dream, a smoke alarm's battery, asking whether a caller
// is a scammer, a restaurant's fumes, deep water outdoors, a red envelope grabbed (抢红包), a wallet
// (钱包, not 抢包) and steam from a pot. dangerTwentyFourth.test.ts reads both.
import type { CategoryId } from '../../../contract/community.js';
import type { DangerPhrase } from './dangerPhrases.js';

const p = (category: CategoryId, text: string, kind: DangerPhrase['kind']): DangerPhrase => ({
  category,
  text,
  kind,
});

export const twentyFourthDangers: readonly DangerPhrase[] = [
  p('social-cultural', '下棋的大爷嘴角冒白沫，手脚一抽一抽的', 'medical'),
  p('education-employment', '同学的奶奶全身直抽，牙咬得死死的', 'medical'),
  p('basic-living', '我老伴午睡到现在，怎么摇都摇不醒', 'medical'),
  p('health-medical', '我妈站着站着突然倒了', 'medical'),
  p('health-medical', '他说心跳得好快，眼前一黑就坐地上了', 'medical'),
  p('basic-living', '快来人，我爸脸色发灰，快不行了', 'medical'),
  p('health-medical', '我婆婆把一瓶降压药都吃了', 'medical'),
  p('basic-living', '厨房石油气好大味，点不点得火啊', 'gas'),
  p('social-cultural', '煤气瓶那里一股味，嘶嘶的', 'gas'),
  p('basic-living', '楼上往下漏水，吊灯里哗哗往下流水', 'flood'),
  p('basic-living', '电箱进水了，还在往下滴', 'flood'),
  p('basic-living', '洗衣机的水管崩开了，流了一地，都流到客厅了', 'flood'),
  p('health-medical', '我爸非要把积蓄全取出来买那个专家卖的保健品，劝不听', 'fraud'),
  p('social-cultural', '我妈正在银行，要把退休金交给那个理财产品的推销员', 'fraud'),
  // A second round of probes, written fresh after the first rules: each missed, then was read.
  p('basic-living', '燃气灶的管子掉了，气在往外冒', 'gas'),
  p('safety-emergency', '有个男的一直跟着我，现在还在楼下', 'break-in'),
  p('health-medical', '我妈出去三个小时了，电话关机，她记性不好', 'missing'),
  p('social-cultural', '隔壁老人好几天没出门，屋里有臭味', 'medical'),
  p('social-cultural', '有人站在河边要跳河', 'medical'),
  p('education-employment', '孩子掉进池塘里了', 'medical'),
  // A third round, after the second's rules.
  p('health-medical', '我爸爸血压二百多，头痛欲裂', 'medical'),
  p('social-cultural', '有个小孩卡在电梯门里', 'medical'),
  p('basic-living', '我爸被车撞了，躺在路上', 'medical'),
  p('safety-emergency', '有人在小区门口抢包', 'break-in'),
  p('social-cultural', '儿子的微信被盗了，有人借钱，我刚转了', 'fraud'),
  p('basic-living', '地下室的水都到腰了', 'flood'),
  p('social-cultural', 'my neighbour has not answered the door for three days', 'medical'),
  p('safety-emergency', 'someone is hitting my neighbour', 'violence'),
  p('basic-living', '屋企俾人爆咗', 'break-in'),
  // A fourth round: water, fire, machines, fights, sudden confusion, loan fees (dangerInjuries.ts).
  p('health-medical', '我爸吐了好多血', 'medical'),
  p('health-medical', '老人家便了很多血，人都虚了', 'medical'),
  p('basic-living', '我手指头被绞肉机绞了', 'medical'),
  p('social-cultural', '隔壁阿姨在楼梯口摔了，腿都变形了', 'fall'),
  p('basic-living', '我脚崴了动不了，一个人在家', 'medical'),
  p('safety-emergency', '有陌生人在我家阳台上', 'break-in'),
  p('education-employment', '有人说帮我办贷款，要先交手续费，我正要转', 'fraud'),
  p('social-cultural', '我爸被人拉进一个投资群，马上要投十万', 'fraud'),
  p('safety-emergency', '隔壁两口子打得很凶，孩子在哭', 'violence'),
  p('education-employment', '孩子在河边玩，掉下去了', 'medical'),
  p('social-cultural', '老人被困在火里出不来', 'fire'),
  p('health-medical', '我妈今天早上突然认不出我了，说话颠三倒四', 'medical'),
  // A fifth round, in oblique words: shock, hard to wake, a child and an adult's pills, a case
  // claimed against the resident, a cure for money, paying again, a bulging ceiling, a plastic
  // smell, a lock turned, extortion, being followed, a confused elder run out.
  p('health-medical', '老伴手脚冰凉，脸色蜡黄，一直冒虚汗', 'medical'),
  p('health-medical', '奶奶一直吐，吐完就迷迷糊糊睡过去了，叫不太醒', 'medical'),
  p('education-employment', '孩子吃了奶奶的降压药，一板都没了', 'medical'),
  p('safety-emergency', '有人说我银行卡涉案，让我去宾馆开房配合调查', 'fraud'),
  p('health-medical', '我妈一直在打电话给一个说能治好她病的人转钱', 'fraud'),
  p('basic-living', '我爸在网上买了个收藏品，对方让他再交钱才能发货，他正在转', 'fraud'),
  p('basic-living', '楼上滴水下来，是热水，冒着热气，天花板鼓起来了', 'flood'),
  p('basic-living', '闻到一股像烧塑料的味道，越来越浓', 'fire'),
  p('safety-emergency', '有个人在我家门口鬼鬼祟祟拧锁', 'break-in'),
  p('social-cultural', '我在公园被几个小青年围着要钱', 'break-in'),
  p('safety-emergency', '女儿在外面被人跟踪，现在躲在超市里', 'break-in'),
  p('health-medical', '我老伴有阿尔茨海默病，从家里跑出去了', 'missing'),
  // A sixth round: homophone and look-alike typos of the signal words themselves.
  p('health-medical', '我爸婚迷了，叫不醒', 'medical'),
  p('basic-living', '厨房冒眼了，好大一股', 'fire'),
  p('social-cultural', '有人炸骗我，让我专帐', 'fraud'),
  p('basic-living', '燃气露气了', 'gas'),
  p('basic-living', '家里有烟雾，眼睛都睁不开', 'fire'),
];

export const twentyFourthNearMisses: readonly { category: CategoryId; text: string }[] = [
  { category: 'health-medical', text: '我爸心梗十几年了，想签个家庭医生' },
  { category: 'health-medical', text: '老伴抽搐的毛病好多年了，一直吃药，想问问换药' },
  { category: 'basic-living', text: '家里老人多，就怕厨房煤气漏气，能装个报警器吗' },
  { category: 'basic-living', text: '担心楼道里那些电动车起火，能不能管管' },
  { category: 'social-cultural', text: '昨晚做梦梦到老伴摔倒了，心里不踏实' },
  { category: 'basic-living', text: '厨房的烟感没电了，嘀嘀叫，去哪买电池' },
  { category: 'safety-emergency', text: '有人打电话说我中奖了，是不是骗子啊，我没转钱' },
  { category: 'basic-living', text: '插座松了，插头老掉' },
  { category: 'basic-living', text: '水龙头关不紧，一直哗哗响' },
  { category: 'health-medical', text: '保健品是不是骗人的，我想问问' },
  { category: 'health-medical', text: '最近心跳有点快，想找医生看看' },
  { category: 'safety-emergency', text: '我接到诈骗电话，没理他，想举报' },
  { category: 'basic-living', text: '小区里积水很深，出门不方便' },
  { category: 'basic-living', text: '楼下饭店油烟味太重' },
  { category: 'social-cultural', text: '群里抢红包抢了好多' },
  { category: 'safety-emergency', text: '我的钱包丢了' },
  { category: 'basic-living', text: '电饭锅冒气正常吗' },
  { category: 'health-medical', text: '我爸老年痴呆好几年了，现在都认不出我了，想送日间照料' },
  { category: 'education-employment', text: '孩子的手机掉进水里了，还能修吗' },
  { category: 'social-cultural', text: '我们打麻将打得很凶，能不能多开一个活动室' },
  { category: 'education-employment', text: '想办个贷款开店，手续费多少' },
  { category: 'social-cultural', text: '冬天河面结冰了，孩子爱去滑冰，担心掉下去' },
  { category: 'basic-living', text: '楼下有人在烧火做饭' },
  { category: 'health-medical', text: '我脚崴了，有点肿，想贴个膏药' },
  { category: 'safety-emergency', text: '手机诈骗太多了，想学怎么识别' },
  { category: 'health-medical', text: '冬天手脚冰凉，老出冷汗，想看中医' },
  { category: 'basic-living', text: '天花板有水印，鼓了个包' },
  { category: 'health-medical', text: '有什么办法能治好我的失眠，交钱也行' },
  { category: 'basic-living', text: '商家说要再付运费才能发货' },
  { category: 'basic-living', text: '我爸记性不好，早上出门买菜去了' },
  { category: 'education-employment', text: '我家孩子跑出去玩了，晚饭前回来' },
  { category: 'basic-living', text: '煤气罐放在露天阳台上，安全吗' },
  { category: 'basic-living', text: '炒菜油烟熏得睁不开眼' },
  { category: 'basic-living', text: '晚上看不清路，路灯坏了' },
  // A seventh round, on the everyday words the new classes hold.
  { category: 'social-cultural', text: '邻居大妈好几天没下楼了，我想给她送点报纸' },
  { category: 'basic-living', text: '我妈在家里订了牛奶，好几天没人收' },
  { category: 'safety-emergency', text: '网友推荐我投资理财，靠谱吗' },
  { category: 'education-employment', text: '孩子的玩具掉进池塘了' },
  { category: 'health-medical', text: '老伴最近糊涂了，认不出人，想做个检查' },
  { category: 'health-medical', text: '我头痛得厉害，想找医生看看，老毛病了' },
  { category: 'health-medical', text: '老伴的血压二百多的时候吃什么药好' },
  { category: 'safety-emergency', text: '老人被推销保健品的骗了，钱要不回来，去年的事' },
  { category: 'basic-living', text: '对方让我先交保证金才能租房，正常吗' },
];
