// A thirteenth batch, written after the detector had been tuned on the twelfth batch's tuning half
// and before it saw any of these, so its figure before tuning is the honest estimate of how the
// detector generalises: danger to life or home in new words (a collapse at a card table, a face
// that drops to one side, a peanut in the windpipe, a whole strip of pills, an allergy closing
// the throat, gas with pinyin typos, a charging shed on fire, a lock picked with wire, a "boss"
// on WeChat wanting money, water climbing a garage, a drunk husband with a rolling pin) under
// every journey, in colloquial Mandarin, northern dialect, Traditional characters and English;
// then calm near misses that hold a danger word. None was copied from, or written after reading,
// the held-out part.
//
// Split by the same FIXED rule as the twelfth batch (`splitHeldOutFirst`): in the order written,
// the 1st, 3rd, 5th… case is HELD-OUT, the 2nd, 4th, 6th… tuning. No case moves between parts.
import type { LabelledNeed } from './labelledNeeds.js';
import {
  calm,
  d,
  emergencyTeam,
  fire,
  flood,
  gas,
  police,
  splitHeldOutFirst,
  type Unsplit,
} from './labelledNeedsKit.js';

const burstPipe = ['repair-team', 'disaster-supplies'];
const fixIt = ['handyman-volunteers', 'repair-team'];

const written: readonly Unsplit[] = [
  // Someone collapsed, not breathing, chest pain, stroke signs, choking, bleeding, shock, poison
  d('E', '上课的时候旁边的大姐突然趴桌上不动了', emergencyTeam),
  d('S', '打麻将的老李突然眼睛往上翻，身子一歪就倒了', emergencyTeam),
  d('L', '俺娘躺炕上喊她也不应声', emergencyTeam),
  d('H', '我老伴早上起来就迷迷糊糊的，叫他名字都没反应', emergencyTeam),
  d('X', '公交站有个大爷倒那儿了，一动也不动', emergencyTeam),
  d('H', '我爸吃着饭突然说不出话来，筷子也掉了', emergencyTeam),
  d('L', '我奶奶的嘴突然歪到一边去了', emergencyTeam),
  d('S', '跳舞的时候王姐说心口像被人攥住一样疼', emergencyTeam),
  d('E', 'our teacher collapsed in the classroom and is not moving', emergencyTeam),
  d('H', 'my wife says her chest feels like an elephant is sitting on it', emergencyTeam),
  d('S', '我家老头喘气跟拉风箱似的，憋得脸都青了', emergencyTeam),
  d('L', '孙子把一颗花生米呛进气管了，咳不出来', emergencyTeam),
  d('E', '我儿子做实验被电了一下，现在手发黑人发懵', emergencyTeam),
  d('L', '我媳妇切菜把手指头切了，血呼呼往外冒', emergencyTeam),
  d('H', '我爸把一整板降压药都吃了', emergencyTeam),
  d('S', 'my grandson swallowed a magnet', emergencyTeam),
  d('X', '爺爺剛剛倒在樓梯口，叫不醒', emergencyTeam),
  d('L', '我妈刚吃完海鲜，脸肿了，喘不过来气', emergencyTeam),
  // A fall
  d('S', '老太太在楼道滑了一跤，腿肿得老高，站不住', emergencyTeam),
  d('L', '我爹从梯子上跌下来了，腰动不了', emergencyTeam),
  d('H', 'grandma slipped in the shower and is stuck on the floor', emergencyTeam),
  d('E', '我妈在菜市场摔了，胳膊好像断了', emergencyTeam),
  // Gas, with the typos a pinyin keyboard makes
  d('L', '家里煤汽罐子那儿有股味，闻了头晕', gas),
  d('S', '邻居家门口一股子媒气味儿，敲门也没人应', gas),
  d('E', '厨房里燃起灶好像没关严，满屋味道', gas),
  d('X', '瓦斯好像漏了，廚房臭臭的', gas),
  d('H', 'i think the cooker is leaking gas, it smells awful', gas),
  d('L', '我家燃气报警器一直在叫', gas),
  // Fire, smoke, a burning smell
  d('L', '楼下电动车棚着了，火苗子窜得老高', fire),
  d('S', '隔壁屋里冒烟，还有噼里啪啦的声音', fire),
  d('E', '电饭煲冒火了', fire),
  d('X', '樓上陽台燒起來了', fire),
  d('H', 'there is black smoke pouring out of the flat below', fire),
  d('L', '插线板烧焦了，一股塑料味，还在冒烟', fire),
  // A break-in
  d('S', '我回家发现门锁被人弄坏了，屋里翻得乱七八糟', police),
  d('L', '有个戴帽子的人一直在我家门口用铁丝捅锁', police),
  d('X', '半夜有人从阳台翻进我家了', police),
  d('H', 'someone smashed my window and got into the house', police),
  d('E', '家里好像进了贼，抽屉全被拉开了', police),
  // Fraud in progress
  d('L', '有个人打电话说我儿子出车祸了，让我赶紧打钱到他卡上', police),
  d('S', '网上有人说带我炒股赚钱，让我先充五万进去', police),
  d('H', '对方说我医保卡被盗刷了，让我把存款转到他们指定的账户', police),
  d('E', '有人加我微信说是我领导，让我马上给他转两万', police),
  d('X', '电话里的警察说我要被抓，叫我别告诉家人，先把钱转过去', police),
  d(
    'L',
    'a man says he is from the bank and i need to read him the code they just texted me',
    police,
  ),
  // Water pouring in
  d('L', '下水道往外冒水，都快漫到屋里了', flood),
  d('S', '暴雨把楼下车库淹了，水还在往上涨', flood),
  d('X', '家裡的水管破了，水噴得到處都是', burstPipe),
  d('E', 'the river is coming over the bank and into our street', flood),
  // Violence
  d('H', '我家那口子喝醉了又要动手，拿着擀面杖追我', police),
  d('S', '小区门口两个人抄起砖头打起来了', police),
  // Calm near misses: a danger word, but no danger now
  calm('L', '燃气表没钱了怎么充', ['gas-heating-station', 'service-hall']),
  calm('H', '想学心肺复苏', ['skills-school', 'emergency-team']),
  calm('S', '社区反诈宣传活动什么时候办', ['police-room', 'culture-centre']),
  calm('H', '我爸前阵子摔了一下，现在能走了，想做做康复', ['home-nursing']),
  calm('L', '炒辣椒呛得满屋子都是烟，抽油烟机得修', fixIt),
  calm('X', '小区充电桩旁边老堆纸壳，容易着火', fire),
  calm('L', '下雨天窗户有点渗水', [...fixIt, 'property-xfl-north', 'property-xfl-south']),
  calm('H', '我妈血压有点高，想找医生量一量', ['health-station', 'family-doctor-team']),
  calm('E', '孩子学校要交消防安全作业，想问问灭火器怎么用', fire),
  calm('L', 'the smoke alarm battery is beeping, can someone change it', [
    'handyman-volunteers',
    ...fire,
  ]),
  calm('S', 'i would like to join the fire safety volunteer team', [
    'volunteer-station',
    'heping-fire-wardens',
  ]),
  calm('H', '我有哮喘，想定期拿点药', ['pharmacy', 'health-station', 'family-doctor-team']),
  calm('L', '有人能帮我换个门锁吗', fixIt),
];

export const thirteenthBatch: readonly LabelledNeed[] = splitHeldOutFirst(written);
