// The 52nd batch's cases under the living and health tiles, written by the helper `fresh`, who
// read only the demo resources' ids, names and categories (never their keyword or description
// lists, the matcher's code or word lists, or any other batch's wording but its own 48th). Each
// case is a need or situation of its own, none repeating the 48th's. Wholly held out: nobody
// tunes on it.
import {
  type Unsplit,
  c,
  calm,
  clinic,
  companion,
  d,
  emergencyTeam,
  fire,
  gas,
  meals,
  nothing,
  property,
  repair,
  rubbish,
} from './labelledNeedsKit.js';

const er = emergencyTeam;
const handy = ['handyman-volunteers', ...repair];
const home = ['housekeeping-co'];
const hall = ['service-hall'];
const doctor = ['family-doctor-team'];
const nurse = ['home-nursing'];
const escort = ['escort-volunteers'];
const pharmacy = ['pharmacy'];
const talk = ['counselling-room'];

export const livingCases: readonly Unsplit[] = [
  c('L', '窗户关不严实，一到晚上就往屋里灌风', handy),
  c('L', '纱窗破了个洞，蚊子老往里钻', ['handyman-volunteers']),
  c('L', '厨房吊柜的门掉下来了，合页断了', ['handyman-volunteers']),
  c('L', '水管子冻上了，拧开一滴水也不出', repair),
  c('L', '卧室的开关按了没反应，灯也不亮', repair),
  c('L', '我家浴缸底下往楼下渗水，楼下都来敲门了', repair),
  c('L', '楼里的水泵半夜嗡嗡响，吵得人睡不着', property),
  c('L', '单元楼下的自行车棚塌了一个角', property),
  c('L', '小区里的大树枝子快搭到电线上了', property),
  c('L', '锦绣家园地下车库的灯一半不亮', ['property-jinxiu']),
  c('L', '幸福里北区我们楼门口的井盖松了，一踩就晃', ['property-xfl-north']),
  c('L', '阳光花园的物业费一年交多少', ['property-yangguang']),
  c('L', '暖气刚烧上，阀门那儿就一直滴水', [...gas, ...repair]),
  c('L', '天然气开户要带啥证件', gas),
  c('L', '燃气卡在哪儿能充值', gas),
  calm('L', '供暖到底啥时候开始，冻死个人了', gas),
  c('L', '家里的燃气热水器想找人来检查检查', gas),
  c('L', '周末孙子来，想在食堂多订一份饭', meals),
  c('L', '老两口想在助餐点包月吃饭', meals),
  c('L', '牙口不好，有没有软乎点的饭菜', meals),
  c('L', '过年那几天老年食堂开不开门', meals),
  c('L', '厨余垃圾和其他垃圾咋分，我老分错', rubbish),
  c('L', '楼道里有人扔了一堆装修垃圾，好几天没人清', [...rubbish, ...property]),
  c('L', '想找个钟点工，中午来帮着做顿饭', home),
  c('L', '想請人幫我把窗簾拆下來洗洗', home),
  c('L', '有没有上门给老人剪指甲、洗头的', [...home, ...nurse]),
  c('L', '低保怎么申请，要啥条件', hall),
  c('L', '想给老伴办个残疾证', hall),
  c('L', '独生子女父母奖励去哪儿领', hall),
  c('L', '想找家正阿姨帮忙带孩子', home),
  c('L', '陽台的下水管堵住了', repair),
  c('L', '屋头的灯泡一直闪个不停', handy),
  c('L', 'Where can I sort out my gas bill?', gas),
  calm('L', '燃气灶的火苗发黄，这正常吗', gas),
  calm('L', '烟雾报警器没电了，一直嘀嘀地叫', ['handyman-volunteers', ...fire]),
  c('L', '想找个搬家公司搬家', nothing),
  c('L', '电视机顶盒没信号了', nothing),
  c('L', '银行卡密码忘了，取不出钱', nothing),
  c('L', '家里空调不凉了，想加个氟', nothing),
  d('L', '屋里一股臭鸡蛋味儿，老伴躺沙发上怎么叫都不醒', [...gas, ...er]),
  d('L', '油锅着了，火苗都蹿到抽油烟机上了', fire),
  d('L', '外墙的瓷砖掉下来差点砸着人，上面还有松的', [...property, ...er]),
];

export const healthCases: readonly Unsplit[] = [
  c('H', '孙子打预防针要提前预约吗', ['health-station']),
  c('H', '高血压的药能不能在社区开', [...clinic, ...pharmacy]),
  c('H', '家庭医生多长时间来随访一次', doctor),
  c('H', '老伴插着胃管，谁会上门护理', nurse),
  c('H', '做完手术伤口要拆线，能上门拆吗', nurse),
  c('H', '下周做胃镜要打麻药，做完得有人领着回家', escort),
  c('H', '想买个电子血压计，药房有卖的吗', pharmacy),
  c('H', '中药能帮着代煎吗', pharmacy),
  calm('H', '退休以后整天没精神，干啥都提不起劲', talk),
  c('H', '跟儿媳妇老闹别扭，心里憋屈得很', [...talk, 'mediation-room']),
  c('H', '老伴白天没人管，能去照料中心吃午饭睡个午觉吗', ['day-care-centre']),
  c('H', '体检报告看不明白，想找医生给讲讲', [...clinic]),
  c('H', '每个月得查一次血脂', clinic),
  c('H', '脚肿得厉害，鞋都快穿不进去了', clinic),
  c('H', '腰椎间盘突出，想做点理疗', clinic),
  calm('H', '前两天摔了一跤，膝盖还青着，要紧不', clinic),
  c('H', '阿婆成日唔记得食药，有冇人提醒佢', [...doctor, ...nurse, ...companion]),
  c('H', '想預約上門護理', nurse),
  c('H', '想找人赔诊，我眼神不好看不清字', escort),
  c('H', 'can the pharmacy deliver my insulin?', pharmacy),
  c('H', '想做个核磁共振，社区能做吗', nothing),
  c('H', '想捐献遗体，找谁办', nothing),
  c('H', '想买个电动轮椅', nothing),
  d('H', '老伴发高烧说胡话，浑身一抽一抽的', er),
  d('H', '我被狗咬了，腿上流了好多血', [...er, 'health-station']),
  d('H', '孙子把洗洁精当饮料喝了', er),
  d('H', '我现在心跳得特别快，眼前发黑，快站不住了', er),
];
