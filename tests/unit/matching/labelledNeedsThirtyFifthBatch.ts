// The thirty-fifth batch: in-scope needs of the education-employment, social-cultural and
// safety-emergency journeys (the tile tapped) told vaguely, in a word or two, by a feeling or a
// wish, in everyday words no list is likely to hold: pastimes by their everyday names, a skill
// to learn, a small job to earn a little, feeling unsafe (calm, no danger), a neighbour's habit.
// About five fit nothing. Written whole before the matcher was run on any of it; all tuning
// (issue 15, "nothing fits" precision), so the held-out part stays untouched.
import {
  type Unsplit,
  allTuning,
  c,
  companion,
  games,
  missing,
  nothing,
  police,
} from './labelledNeedsKit.js';

const jobs: readonly string[] = ['employment-station'];
const skills: readonly string[] = ['skills-school'];
const phone: readonly string[] = ['smartphone-class'];
const homework: readonly string[] = ['homework-club', 'tutoring-volunteers'];
const business: readonly string[] = ['startup-mentors'];
const library: readonly string[] = ['community-library'];
const culture: readonly string[] = ['culture-centre'];
const elderUni: readonly string[] = ['elder-university', 'interest-groups'];
const groups: readonly string[] = ['interest-groups', 'elder-university'];
const fitness: readonly string[] = ['fitness-square-yangguang'];
const volunteer: readonly string[] = ['volunteer-station'];
const patrol: readonly string[] = ['patrol-volunteers', 'police-room'];
const mediation: readonly string[] = ['mediation-room'];
const fireCheck: readonly string[] = ['fire-station', 'heping-fire-wardens'];
const supplies: readonly string[] = ['disaster-supplies'];

const cases: readonly Unsplit[] = [
  // Education and employment: a small job, a skill, a phone, a child's schoolwork.
  c('E', '想挣点零花钱', jobs),
  c('E', '闲着也是闲着，有没有活干', jobs),
  c('E', '能不能找个看大门的差事', jobs),
  c('E', '想打份零工，钟点的也行', jobs),
  c('E', '退休了还想发挥点余热，挣点', jobs),
  c('E', '想学门吃饭的手艺', skills),
  c('E', '学做月嫂', skills),
  c('E', '想学理发', skills),
  c('E', '学开挖掘机的地方', skills),
  c('E', '想学点本事好找活', skills),
  c('E', '抖音不会弄', phone),
  c('E', '孙子发的语音听不了', phone),
  c('E', '手机字太小，不会调', phone),
  c('E', '网上买菜不会弄', phone),
  c('E', '孩子放学没人管', homework),
  c('E', '娃的算术题我不会教', homework),
  c('E', '想摆个小摊卖煎饼', business),
  c('E', '想自己当老板', business),
  c('E', '想找几本闲书看看', library),
  c('E', '有没有看报的地方', library),
  // Social and cultural: pastimes by their everyday names, a feeling, a wish.
  c('S', '想唱唱歌', culture),
  c('S', '扭秧歌', culture),
  c('S', '跳跳舞热闹热闹', culture),
  c('S', '过节有啥热闹看', culture),
  c('S', '想练练毛笔字', elderUni),
  c('S', '想学着画两笔', elderUni),
  c('S', '想学弹琴', elderUni),
  c('S', '二胡想找人一起拉', groups),
  c('S', '想跟人一起钓鱼', groups),
  c('S', '喜欢养鸟，找个伴', groups),
  c('S', '织毛衣的搭子', groups),
  c('S', '唱戏的票友', groups),
  c('S', '找人搓两圈', games),
  c('S', '斗地主三缺一', games),
  c('S', '找人杀一盘', games),
  c('S', '腿脚想动弹动弹', fitness),
  c('S', '打打太极', fitness),
  c('S', '一个人怪闷的', companion),
  c('S', '老伴走了，家里冷清', companion),
  c('S', '想帮帮别人，做点好事', volunteer),
  c('S', '有空想出点力', volunteer),
  // Safety, calm: feeling unsafe, a neighbour's habit, a worry to prepare for.
  c('X', '晚上回家心里发毛', patrol),
  c('X', '楼下老有人转悠', patrol),
  c('X', '小区晚上黑灯瞎火的，怕', patrol),
  c('X', '最近丢了好几回东西', police),
  c('X', '快递老被人拿走', police),
  c('X', '电话里有人说我中奖了', police),
  c('X', '隔壁天天半夜剁肉', mediation),
  c('X', '楼上小孩天天蹦', mediation),
  c('X', '邻居在楼道抽烟，呛得很', mediation),
  c('X', '对门的狗整宿叫', mediation),
  c('X', '邻居占了我的车位', mediation),
  c('X', '老头子糊涂了，怕他出门找不着家', missing),
  c('X', '家里灭火的瓶子过期了', fireCheck),
  c('X', '想备点应急的东西', supplies),
  // Nothing fits: wishes the community does not serve.
  c('S', '想出国旅游', nothing),
  c('E', '想考驾照', nothing),
  c('S', '想买彩票', nothing),
  c('E', '孙子想上重点大学', nothing),
  c('X', '想买保险箱', nothing),
];

export const thirtyFifthBatch = allTuning(cases);
