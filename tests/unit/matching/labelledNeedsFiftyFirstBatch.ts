// The 51st batch: about 70 everyday needs written by the helper `everyday` (issue 15, eighth
// round) after tuning on the 47th, in other wordings of the same kinds of need: more Cantonese
// (花洒, 唔郁, 关唔埋, 拖凳), Shanghainese (侬好, 阿拉, 一道), northern (俺爹, 淌水, 唠唠, 活儿),
// homophone typos (暖器片, 天燃气, 垃极桶, 太级, 志愿着), Traditional characters, English and
// mixed code. Written from the demo resources' ids, names and keywords only, never from another
// batch or from the words tuned in for the 47th. About one case in nine is nothing-fits and one
// in nine danger; labels are what a front-desk worker would accept first. Rule: allTuning, a
// batch written to tune the word data on; its figures before tuning are in its commit message.
import type { LabelledNeed } from './labelledNeeds.js';
import {
  type Unsplit,
  activityRooms,
  allTuning,
  c,
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
  rubbish,
} from './labelledNeedsKit.js';

const handyman = ['handyman-volunteers'];
const housekeeping = ['housekeeping-co'];
const gasLeak = ['gas-heating-station', 'fire-station'];
const smartphone = ['smartphone-class'];
const jobs = ['employment-station'];
const mediation = ['mediation-room'];

const living: Unsplit[] = [
  c('L', '屋企个花洒冇水出', repair),
  c('L', '厕所抽水马桶一直漏水，水费老贵', repair),
  c('L', '水龙头拧不紧，哗哗淌水', repair),
  c('L', '灯管子一开就啪的一声跳了', repair),
  c('L', '阿拉屋里厢电灯不亮了，保险丝是不是断了', repair),
  c('L', '洗衣機唔郁，係咪壞咗', handyman),
  c('L', '微波爐唔熱嘢', handyman),
  c('L', '暖器片不热乎', gas),
  c('L', '煤气灶火苗小小的，打几次才着', gas),
  c('L', '换煤气罐要去哪儿', gas),
  c('L', '天燃气的表不走字了', gas),
  c('L', '電梯門關唔埋', property),
  c('L', '楼下的路灯好几晚都没亮', property),
  c('L', '家里有张旧床垫要丢', rubbish),
  c('L', '垃极桶满了溢出来都没人倒', rubbish),
  c('L', '请个人来家里帮我洗洗涮涮', housekeeping),
  c('L', '想找个保姆每个礼拜来两次打扫', housekeeping),
  c('L', '腿脚不好买不了菜，想有人送个饭', meals),
  c('L', '侬好，阿拉想订中饭', meals),
  c('L', 'My toilet keeps running', repair),
  c('L', 'The power keeps tripping when I use the kettle', repair),
  c('L', '想买个新冰箱哪里便宜', nothing),
  c('L', '想把房子租出去', nothing),
  c('L', '家里网线断了', nothing),
  d('L', '燃气灶那里一股臭味，闻着头晕', gasLeak),
];

const health: Unsplit[] = [
  c('H', '老是胸口闷闷的，想找医生睇睇', clinic),
  c('H', '想测测血糖，手指扎一下那种', clinic),
  c('H', '俺爹血压老高，想签个家庭医生', ['family-doctor-team']),
  c('H', '伊生了褥疮，要人上门换药', ['home-nursing']),
  c('H', '阿婆瞓喺床好耐，要人嚟帮手翻身', ['home-nursing']),
  c('H', '睡不着觉，心里烦得慌', ['counselling-room']),
  c('H', '有没有人陪我去医院拍片子', ['escort-volunteers']),
  c('H', '想买点治咳嗽的药送上门', ['pharmacy']),
  c('H', 'I feel low all the time since I moved here', ['counselling-room', ...companion]),
  c('H', 'Need a nurse to come and change my dressing', ['home-nursing']),
  c('H', '想整个假牙', nothing),
  d('H', '阿公食饭食到一半突然讲唔到嘢，半边身郁唔到', emergencyTeam),
];

const learning: Unsplit[] = [
  c('E', '學用手機叫車', smartphone),
  c('E', '手机上的健康码打不开咋整', smartphone),
  c('E', '俺想找个看大门的活儿', jobs),
  c('E', '五十多岁了还能找到活不', jobs),
  c('E', '想學考月嫂證', ['skills-school']),
  c('E', '孙仔放学冇人接，我又要返工', ['homework-club']),
  c('E', '想申請低保，要啲咩材料', ['service-hall']),
  c('E', '每年的养老金认证我弄不来', ['service-hall', 'smartphone-class']),
  c('E', '想借点老报纸看看', ['community-library']),
  c('E', 'I want to open a small noodle shop', ['startup-mentors']),
  c('E', '想帮孙子报个大学志愿', nothing),
];

const social: Unsplit[] = [
  c('S', '有冇地方可以唱卡拉OK', ['culture-centre']),
  c('S', '想学弹电子琴', hobby),
  c('S', '屋里一个人闷得发慌，想有人来唠唠', companion),
  c('S', '想参加社区的合唱团', ['culture-centre']),
  c('S', '阿拉想寻几个老姐妹一道跳舞', ['culture-centre', 'fitness-square-yangguang']),
  c('S', '想学打太级', ['fitness-square-yangguang']),
  c('S', '想报名做志愿着', ['volunteer-station']),
  c('S', '有冇地方打扑克', activityRooms),
  c('S', '想找个旅行团去桂林', nothing),
  c('S', '想养只鹦鹉', nothing),
];

const safety: Unsplit[] = [
  c('X', '樓上成晚拖凳，嘈到瞓唔着', mediation),
  c('X', '对门老是把垃圾放我门口，说了不听', mediation),
  c('X', '有人在小区里发传单骗老人买药', police),
  c('X', '想领个应急包', flood),
  c('X', '家门口的灭火器箱空了', fire),
  c('X', '小区晚上有人偷电瓶', [...police, 'patrol-volunteers']),
  c('X', '老伴有点痴呆，想弄个防走失手环', missing),
  c('X', '想买个防身喷雾', nothing),
  d('X', '楼下着火了，烟往上窜', fire),
  d('X', '屋里头有煤气味，打火机都不敢打', gasLeak),
  d('X', '我老伴摔在浴室里起不来了，头磕破了', emergencyTeam),
  d('X', '孙女放学两个钟头了还没到家', missing),
  d('X', '有个男人在撬隔壁的门', police),
  d('X', '外面的水已经漫进屋了', flood),
];

export const fiftyFirstBatch: LabelledNeed[] = allTuning([
  ...living,
  ...health,
  ...learning,
  ...social,
  ...safety,
]);
