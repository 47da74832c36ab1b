// A fourth batch, written after tuning on the third and before any change made with it in view,
// split by the same fixed rule (alternation in the order written; labelledNeedsSecondBatch.ts).
// Fresh tuning cases are the honest way to judge a general change (danger read from a hazard
// word and a sign together, rather than from listed phrases): the third batch's tuning part
// had already been tuned to 100 %, so it could no longer tell a general rule from a lucky one.
import type { LabelledNeed } from './labelledNeeds.js';
import { c, danger, nothing, splitByAlternation } from './labelledNeedsKit.js';

const repair = ['repair-team'];
const gas = ['gas-heating-station'];
const meals = ['meals-xfl-south', 'meals-yangguang'];
const emergencyTeam = ['emergency-team'];
const police = ['police-room'];
const fire = ['fire-station', 'heping-fire-wardens'];
const flood = ['disaster-supplies'];
const companion = ['companion-volunteers'];
const activityRooms = ['activity-room-xfl-north', 'activity-room-heping'];

export const fourthBatch: readonly LabelledNeed[] = splitByAlternation([
  // Danger, typed in any journey
  c('L', '老头在门口晕倒了，一动不动', emergencyTeam, danger),
  c('H', '我妈刚才昏倒在客厅', emergencyTeam, danger),
  c('S', '下棋的大爷突然晕了，脸色发白', emergencyTeam, danger),
  c('E', '我婆婆突然昏了过去，叫也不答应', emergencyTeam, danger),
  c('L', '老伴心口疼得直冒汗', emergencyTeam, danger),
  c('S', 'an old lady passed out in the hall', emergencyTeam, danger),
  c('H', '我爸在楼梯口跌倒了，动不了', emergencyTeam, danger),
  c('E', '奶奶从床上摔下来了，起不了身', emergencyTeam, danger),
  c('L', '我老伴在浴室滑倒了，腿站不住', emergencyTeam, danger),
  c('S', 'my mother tripped and cannot stand up', emergencyTeam, danger),
  c('L', '厨房里煤气的味道特别大', gas, danger),
  c('H', '一进门就闻到一股燃气味儿', gas, danger),
  c('E', '天然气管子好像破了，有味道', gas, danger),
  c('S', '液化气罐漏气了', gas, danger),
  c('L', 'i think the gas is leaking', gas, danger),
  c('H', '楼下冒出好大的黑烟', fire, danger),
  c('E', '锅里的油烧着了', fire, danger),
  c('L', '邻居家起大火了', fire, danger),
  c('S', '电线着火了，冒火星', fire, danger),
  c('X', '楼道里浓烟滚滚', fire, danger),
  c('L', '小偷进了我家，还在屋里', police, danger),
  c('H', '家里门锁被人撬坏了', police, danger),
  c('S', '有陌生人闯进我家了', police, danger),
  c('E', 'there is a burglar in my house', police, danger),
  c('L', '有人打电话说我儿子出车祸了，让我马上汇钱', police, danger),
  c('H', '有人冒充医保局的，说要退钱给我，让我扫码', police, danger),
  c('S', '一个自称警察的人让我把存款转出来', police, danger),
  c('E', '楼下有人拿刀砍人', police, danger),
  c('L', '家里水都淹到膝盖了', flood, danger),
  c('H', '大水冲进一楼了', flood, danger),
  // Nothing in the community fits: staff route these
  c('L', '想买个电饭煲，哪里卖得便宜', nothing),
  c('H', '想去医院整牙，多少钱', nothing),
  c('E', '想给孙子报个游泳班', nothing),
  c('S', '想去看电影', nothing),
  c('X', '想问问高速公路堵不堵', nothing),
  c('L', '想租个房子', nothing),
  c('H', 'where can I buy a plane ticket', nothing),
  c('E', '想炒股票', nothing),
  c('S', '周末带孙子去哪里玩', nothing),
  c('X', 'asdf', nothing),
  c('L', '我的快递丢了', nothing),
  c('H', '想养条狗', nothing),
  c('E', '想找个翻译', nothing),
  c('S', '好无聊啊哈哈', nothing),
  // Everyday needs
  c('L', '楼上卫生间往下滴水', repair),
  c('L', '家里灯一开就跳闸', repair),
  c('L', '想请人每天送一顿饭', meals),
  c('L', '冬天暖气太凉了', gas),
  c('L', '家里有台旧冰箱想处理掉', ['rubbish-team']),
  c('H', '想找人上门帮我量血压', ['health-station', 'family-doctor-team', 'home-nursing']),
  c('H', '最近总是睡不好，心里发慌', ['counselling-room']),
  c('H', '想请人陪我去医院拿药', ['escort-volunteers', 'pharmacy']),
  c('H', '药吃完了，想有人送药', ['pharmacy']),
  c('E', '想找个离家近的工作', ['employment-station']),
  c('E', '想学怎么用手机打车', ['smartphone-class']),
  c('E', '想去上个厨师培训班', ['skills-school']),
  c('E', '想问问失业保险金', ['service-hall', 'employment-station']),
  c('S', '想学唱戏', ['interest-groups']),
  c('S', '想跟老伙计们打麻将', activityRooms),
  c('S', '我一个人住，想有人常来看看', companion),
  c('S', '想参加社区组织的舞蹈队', ['culture-centre']),
  c('X', '邻居天天半夜唱歌，太吵了', ['mediation-room']),
  c('X', '楼道里堆了很多旧家具，怕着火', fire),
  c('X', '我奶奶走丢了，穿着蓝衣服', ['missing-search-team', 'police-room'], danger),
]);
