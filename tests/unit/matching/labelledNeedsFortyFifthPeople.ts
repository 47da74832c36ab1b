// The 45th batch's people in danger (see labelledNeedsFortyFifthBatch.ts): a child taken or
// followed, an elder who cannot be reached, a stranger at the doors, a child hurt next door,
// someone down and not moving, told mostly without the usual danger words and typed under
// everyday journeys, with the calm near misses that borrow their words.
import {
  type Unsplit,
  calm,
  clinic,
  companion,
  d,
  emergencyTeam,
  games,
  missing,
  nothing,
  police,
  property,
} from './labelledNeedsKit.js';

/** An elder alone who does not answer: someone must go and look (first aid, police or search). */
const checkOn: readonly string[] = ['emergency-team', 'police-room', 'missing-search-team'];
const counselling: readonly string[] = ['counselling-room'];
const quarrel: readonly string[] = ['mediation-room', ...property];

export const childCases: Unsplit[] = [
  d('E', '放学的时候有个不认识的阿姨把我孙子领走了，老师说不是家里人', missing),
  d('E', '补习班门口一个男的一直跟着我闺女走，她吓得给我打电话', police),
  d('S', '孩子在广场玩，一转眼被一个陌生人抱上了电动车', missing),
  d('L', '我女儿说有个叔叔天天在校门口等她，今天还要拉她上车', police),
  d(
    'E',
    'my son just called, a man he does not know is walking behind him from the tutoring centre',
    police,
  ),
  d('S', '有人拿糖哄小孩跟他走，我外孙已经跟着走出小区了', missing),
  d('E', '兒子放學被一個陌生男人帶走了，老師聯絡不上我們', missing),
  d('H', '带孩子来打疫苗，排队的时候孩子被一个女的牵走了，到处找不到', missing),
  d('E', '女儿从培训班出来说有辆面包车一路跟着她', police),
  d('L', '楼下有个男的拉着我们单元的小姑娘往外走，小姑娘在哭', missing),
  d('E', 'a stranger took my daughter from the school gate', missing),
  d('S', '有個陌生人一直跟著我女兒回家', police),
  d('S', 'hai zi zou diu le', missing),
];

export const elderCases: Unsplit[] = [
  d('S', '我妈一早去公园跳舞，到现在中午了人没回来，手机也没人接', missing),
  d('H', '我爸一个人在家，打了十几个电话都不接，平时从来不这样', checkOn),
  d('L', '隔壁王奶奶三天没见出门了，敲门也没人应，门口的牛奶都没拿', checkOn),
  d('S', '老伴去公园下棋，天黑了还没回来，棋友说下午就走了', missing),
  d(
    'H',
    'my grandma lives alone and has not answered her phone since yesterday, nobody opens the door',
    checkOn,
  ),
  d('L', '對門的老爺爺好幾天沒動靜了，敲門不開，屋裡有股怪味', checkOn),
  d('S', '我爸有点糊涂，早上说去遛弯，现在公园里找了一圈都没有', missing),
  d('E', '我妈去老年大学上课，老师说她今天根本没来，电话关机', missing),
  d('L', '楼上独居的大爷好几天没动静，报纸堆在门口，喊他也不答应', checkOn),
  d('H', '我奶奶打电话过来说了一半就没声了，再打就没人接', checkOn),
  d('S', 'ta ba yi zhi mei hui jia, dian hua ye bu jie', missing),
  d('E', 'my father went for a walk this morning and never came back, he has dementia', missing),
];

export const strangerCases: Unsplit[] = [
  d('L', '有个陌生男的一直蹲在我家楼下，我进出他都盯着我看', police),
  d('L', '半夜有人在一家一家拧门把手，已经拧到我家了', police),
  d('S', '楼道里有个人挨个推门，看哪家没锁', police),
  d('L', '我一个人在家，门外有人敲了半天不说是谁，现在在用东西捅锁眼', police),
  d('H', '刚从医院回来，发现有个人跟着我进了单元门，现在在我家门口站着', police),
  d('L', 'someone keeps turning my door handle at night and I live alone', police),
  d('L', '有個人在我家窗外晃了好幾圈，剛剛在試我家的窗戶能不能推開', police),
  d('S', '车库里有人在一辆一辆拉车门', police),
  d('L', '我下楼扔垃圾，回来看见家门开着，屋里有动静', police),
  d('L', '有个男的在楼下等了我一下午，我下班他又跟上来了', police),
  d('L', 'you ren qiao wo jia men', police),
];

export const hurtNextDoorCases: Unsplit[] = [
  d('L', '隔壁小孩哭得撕心裂肺，大人在里面摔东西骂人', police),
  d('S', '楼上又在砸东西了，女的一直在喊别打了', police),
  d('H', '对门的孩子一直在哭喊疼，还听见有东西砸墙的声音', police),
  d('S', 'next door a child is screaming and someone is smashing things', police),
  d('L', '隔壁夫妻吵架，男的拿着菜刀追出来了', police),
  d('E', '鄰居家孩子哭著喊救救我，大人還在打', police),
  d('L', '楼下那家又打孩子了，孩子叫得不行，东西摔了一地', police),
];

export const downCases: Unsplit[] = [
  d('L', '我爸躺地上叫不醒', emergencyTeam),
  d('S', '活动室里有个大爷坐着坐着就歪倒了，怎么拍都不动', emergencyTeam),
  d('E', '上课的时候旁边的阿姨突然趴在桌上不动了', emergencyTeam),
  d('H', '我妈躺在床上喊她不应，嘴角还在流口水', emergencyTeam),
  d('L', '楼道里躺着一个人，一动不动', emergencyTeam),
  d('S', '公园长椅上有个老人靠着不动了，叫他也没反应', emergencyTeam),
  d('H', 'my dad is on the floor and will not wake up', emergencyTeam),
  d('L', '我老伴在卫生间里半天没出来，敲门不应，门从里面锁着', emergencyTeam),
  d('H', '我媽倒在廚房叫不醒，臉色發白', emergencyTeam),
  d('E', '招聘会上有个小伙子突然倒下去抽起来了', emergencyTeam),
  d('S', '下棋的大爷一头栽下去了，现在脸发紫', emergencyTeam),
  d('H', '我爷爷说话突然含糊不清，半边脸歪了，手也抬不起来', emergencyTeam),
  d('L', '孩子把一把药片都吃了，现在昏昏沉沉的', emergencyTeam),
  d('H', '老人吃饭噎住了，脸憋得通红说不出话', emergencyTeam),
  d('S', 'my husband collapsed in the garden and is not breathing properly', emergencyTeam),
  d('H', '阿公跌倒在浴室，起不來，頭在流血', emergencyTeam),
  d('L', 'ta yun dao le', emergencyTeam),
  d('L', 'wo ma shuai dao le qi bu lai', emergencyTeam),
  d('H', 'wo ba jiao bu xing', emergencyTeam),
];

/** Near misses for the people above: the past, a dream, a worry, noise, a talk. */
export const calmPeopleCases: Unsplit[] = [
  calm('H', '我爸去年中过风，现在能自己走路了，想给他找个康复锻炼的地方', clinic),
  calm('H', '我妈以前摔过一跤，现在走路怕摔，想问问家里怎么防滑', [
    'handyman-volunteers',
    ...clinic,
  ]),
  calm('H', '老伴前年心梗抢救回来了，最近想定期做个心电图', clinic),
  calm('S', '我以前晕倒过一回，现在想参加广场舞，不知道身体行不行', clinic),
  calm('H', 'my mother had a stroke two years ago, she needs regular check-ups now', clinic),
  calm('H', '我奶奶以前中過風，想請家庭醫生定期上門看看', ['family-doctor-team', 'home-nursing']),
  calm('S', '昨晚梦见我爸倒在地上叫不醒，吓醒了一直睡不着，想找人说说', counselling),
  calm('S', 'I keep dreaming that my son goes missing, I need someone to talk to', counselling),
  calm('S', '夢見有人撬我家門，醒來害怕得不敢睡，想找人聊聊', counselling),
  calm('S', '听说上周隔壁小区有孩子被陌生人带走，后来找回来了，我们小区晚上有人巡逻吗', [
    'patrol-volunteers',
    ...police,
  ]),
  calm('E', '孩子学校让学怎么防陌生人，社区有没有这样的课', police),
  calm('S', '看新闻说有个老人在公园晕倒了好久才被发现，太吓人了', nothing),
  calm('S', '我爸天天去公园下棋一待一下午，想给他找个有伴的活动', games),
  calm('L', '隔壁在装修，一直砸墙，吵得不行', quarrel),
  calm('L', '楼上小孩天天哭闹跑跳，吵得睡不着', quarrel),
  calm('H', '我妈打电话老是不接，是因为她耳朵背，想带她查查听力', clinic),
  calm('E', '我爸手机老不接，想给他换个老人机，谁能教他用', ['smartphone-class']),
  calm('S', '老人家一个人住，想找志愿者每天打个电话问问', companion),
  calm('H', '我爸前天在家摔了一跤，去医院看过了没事，现在想找人上门换药', ['home-nursing']),
  calm('E', '有没有教心肺复苏的课，万一家里人晕倒了能用上', [...emergencyTeam, 'health-station']),
  calm('E', 'is there a first aid course where I can learn what to do if someone collapses', [
    ...emergencyTeam,
    'health-station',
  ]),
  calm('S', '想听个讲座，讲老人摔倒了该怎么扶', [...emergencyTeam, 'health-station']),
  calm('E', '學校下週有防走失演練，家長要準備什麼', missing),
  calm('L', '孩子在小区里玩摔了一下，膝盖破了点皮', clinic),
];
