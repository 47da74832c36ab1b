// A seventh batch, written after tuning on the sixth and before any change made with it in view,
// split by the same fixed rule (alternation in the order written; labelledNeedsSecondBatch.ts):
// danger and everyday needs in words none of the earlier batches used.
import type { LabelledNeed } from './labelledNeeds.js';
import { c, danger, splitByAlternation } from './labelledNeedsKit.js';

const emergencyTeam = ['emergency-team'];
const gas = ['gas-heating-station'];
const fire = ['fire-station', 'heping-fire-wardens'];
const police = ['police-room'];
const flood = ['disaster-supplies'];

export const seventhBatch: readonly LabelledNeed[] = splitByAlternation([
  c('L', '我爸一头栽倒在地上了', emergencyTeam, danger),
  c('H', '老人喘气越来越困难', emergencyTeam, danger),
  c('S', '跳舞的阿姨突然不省人事', emergencyTeam, danger),
  c('E', '我妈割到手了，血止不住', emergencyTeam, danger),
  c('L', '老太太在菜市场摔了，腿好像断了', emergencyTeam, danger),
  c('H', '我老伴突然看不清东西，半边脸麻了', emergencyTeam, danger),
  c('S', 'he just fell over and is not waking up', emergencyTeam, danger),
  c('E', '有人从楼上掉下来了', emergencyTeam, danger),
  c('L', '厨房里气味很冲，像是天然气', gas, danger),
  c('H', '燃气报警器一直在响', gas, danger),
  c('S', 'the gas alarm is going off', gas, danger),
  c('L', '屋里烟很大，眼睛都睁不开', fire, danger),
  c('E', '电瓶车充电的时候炸了，着起来了', fire, danger),
  c('H', '隔壁冒出火光', fire, danger),
  c('S', '我家门被人踹开了', police, danger),
  c('L', '有个陌生男人一直跟着我回家，还想进门', police, danger),
  c('E', '有人自称银行客服，让我下载个软件共享屏幕', police, danger),
  c('H', '收到短信说医保要注销，让我点链接填银行卡', police, danger),
  c('X', '老公又动手打孩子了', police, danger),
  c('L', '下水道往外冒水，屋里都是水了', flood, danger),
  c('L', '家里暖气管子爆了，热水哗哗往外喷', ['repair-team', 'gas-heating-station']),
  c('L', '电梯困人了，里面有老人', [
    'property-xfl-north',
    'property-xfl-south',
    'property-yangguang',
    'property-jinxiu',
    'emergency-team',
  ]),
  c('L', '厨房水槽下面老是湿', ['repair-team']),
  c('L', '家里灯泡全不亮了，是不是停电了', ['repair-team']),
  c('H', '想找人帮忙给老人剪指甲洗头', ['home-nursing']),
  c('H', '老伴做完化疗，身体很虚，想有人照顾', ['home-nursing', 'day-care-centre']),
  c('H', '想去测个心电图', ['health-station']),
  c('H', '想问问我吃的药能不能一起吃', ['pharmacy', 'family-doctor-team', 'health-station']),
  c('E', '想找份晚上能干的兼职', ['employment-station']),
  c('E', '想学网上买火车票', ['smartphone-class']),
  c('E', '想问问怎么办残疾证', ['service-hall']),
  c('S', '想参加社区的读书会', ['community-library']),
  c('S', '想学跳交谊舞', ['culture-centre', 'elder-university']),
  c('S', '想找个人每周来陪我下下棋聊聊天', ['companion-volunteers']),
  c('X', '楼下烧烤店油烟太大，天天熏得受不了', ['mediation-room']),
  c('X', '我家孩子放学一直没回来，电话也打不通', ['missing-search-team', 'police-room'], danger),
]);
