// Rules for long needs told as a story (issue 15: in a need of several clauses, one stray word of
// the story — the resident's own job, a duration, a purpose — decided the answer). They say which
// clause cannot be the ask, which words of the story are circumstance and not need, and which
// kinds of wording name a service no single word does. Source: the kinds of the twenty-eighth
// batch's tuning misses (all tuning), written in general terms, not one sentence's words.
import { routineMust } from './clauseRoutine.js';
import { fragmentGroups } from './fragmentReadings.js';
import { objectStateGroups } from './grownSynonymsObjectStates.js';
import { toldGroups } from './toldNotHappening.js';
import { lostAbilityGroups, onBehalf } from './grownSynonymsOnBehalf.js';

/**
 * A clause that only says how long or when ("三个月了", "好几天了", "一个多月了", "晚上八点") tells
 * the story's time, never the ask: it is skipped when the last clause stands in for the ask.
 */
const onlyTime =
  /^(?:已经|都|快|有|这|那|差不多|大概)?(?:[\d零一二两三四五六七八九十百几半多好]|个)*(?:年|月|天|日|周|星期|礼拜|小时|钟头|分钟|点|点半|回|次|遍)?(?:多|来|左右)?(?:了|啦|喽|呢)?$/u;

/** True when the clause says nothing but a time or a count. */
export function isOnlyTime(clause: string): boolean {
  return clause.length > 0 && onlyTime.test(clause);
}

/**
 * A clause that gives the purpose of the ask ("…，好找工作", "…，为了以后能挣点钱", "…，将来好
 * 开个店", "…的培训，学好了想去饭店找个活") says why, not what: the ask is elsewhere (下岗了想学学电脑，
 * 好找工作 wants the course).
 * 好 opens a purpose only before a verb, not in 好多, 好几, 好像.
 */
export const purposeClause =
  /^(?:好(?=[找挣赚学上做干办开考])|以便|为了|为的是|将来好|以后好|这样好|这样才能|这样就能|学好了?|学会了?|学成了?)/u;

/**
 * A clause that tells where the resident is now ("在活动室下棋呢", "正在广场上跳舞呢", "早上在公园打
 * 太极的时候想起来") is the story's place, not the ask: the activity room or the square is where
 * the need was remembered, the need is in another clause (…，家里的药吃没了). Its words weigh
 * less than the story's (weights.ts' whereNowWeight). Source: the kinds of the 33rd batch's
 * tuning misses (all tuning), and the tuning miss 在活动室下棋呢，突然想起来家里的药吃没了.
 */
export const whereNowClause =
  /^(?:我|俺|我们|咱|人)?(?:早上|早晨|上午|中午|下午|晚上|刚才|刚刚|这会儿|现在|今天)?(?:正|正在|现在|还|刚)?在[^，。,.!?！？；;]{1,10}?(?:呢|着呢|的时候(?:突然|忽然)?(?:想起来|想起|想到)?了?)$/u;

/**
 * A clause that adds a second, lesser ask ("…，顺便问问垃圾什么时候收", "…，还有电视也坏了",
 * "…，另外…") is an afterthought: the first-named need is asked first, so such a clause is not
 * taken for the ask (source: the kinds of the 33rd batch's tuning misses, all tuning).
 * 还有点 and 还有些 say "still a little", not "and also".
 */
export const afterthoughtClause =
  /^(?:顺便|顺带|顺道|另外|还有(?![点些])|哦?对了|以及|再(?=问|帮|给|找|订|报|说|看看))/u;

/** A clause that gives an example of the ask ("…，比如当小志愿者") belongs to the ask. */
export const exampleClause = /^(?:比如|例如|譬如|像是|最好是|特别是)/u;

/**
 * Where the resident worked or wants to ("在超市干了十年", "去饭店找个活") is the story of a job, not a shop or a
 * restaurant to visit: the stretch is blanked before looking for out-of-scope words.
 */
export const workplace =
  /(?:在|去|到)[^，。,.!?！？；;]{1,6}?(?:干了|干过|上班|上过班|工作|打工|打过工|做了|做过|找(?:个|份)?(?:活|工作))/gu;

/**
 * 要 as "will be, until" (要到六点, 要是), 找 as "easy to find" (好找) or 想 as "remember" (想起来,
 * 想到了) is no ask marker: the markers are read with these stretches blanked.
 */
export const notAsking = new RegExp(
  // Whom the ask is for ("帮我爷爷问问": grownSynonymsOnBehalf.ts) holds 帮 but asks nothing.
  `要(?=到|是|不然|不了|么)|好找|难找|不好找|想起|想到了|${routineMust.source}|${onBehalf.source}`,
  'gu',
);

/**
 * Words of the resident's own routine told as the reason someone else must help ("我们上班要到
 * 六点", "我在外地工作", "儿女都在上班"): the job words there are circumstance, not a job wanted.
 * Not after 没, 找, 丢, 想, 要 (还没工作, 想找工作, 丢了工作 want work).
 */
const routine =
  /(?:我们|我|俩|两口子|他们|她们|儿子|女儿|儿女|子女|孩子们|孩子他爸|孩子他妈|老公|媳妇)[^，。,.!?！？；;没找丢失想要无把被]{0,4}(?:上班|工作|打工)(?![的机丢]|没了)/u;

/**
 * Asking which certificate a trade needs, or where to learn one ("护工要什么证，哪里能学", "想考个
 * 电工证"), is vocational training whatever the trade is called: both a certificate (not a
 * 证明 or a 证件) and learning (not 上学, 放学, 同学, 学校) must be in the need.
 */
const certificate = /(?:什么|啥|哪些|哪种|那种|这种|那个|个|张)证(?![明件])|证书|资格/u;
const learning = /(?<![上放同小中大])学(?![校生期费])|培训|考(?=个|张|一个|证)/u;
export const asksForTrainingByWording = (text: string): boolean =>
  certificate.test(text) && learning.test(text);

/**
 * Wanting "a … job" ("找个超市收银的活", "想干点看大门的活儿", "找份保洁的工作") is work, whatever
 * the trade or the place of work is called: the stretch names the jobs group and is blanked
 * before looking for out-of-scope words (超市 there is a workplace, not a shop to visit). Not
 * 找个人来干活 (hiring someone), a bare 干活, nor 活动.
 */
export const jobWish =
  /(?:找|寻)(?:个|份|点|一份|一个)?[^，。,.!?！？；;人]{0,8}?的?(?:活儿|活(?!动)|工作|差事|营生)|(?:想|能|可以)(?:干|做)(?:点|份|个)[^，。,.!?！？；;人]{0,8}?的?(?:活儿|活(?!动)|工作|差事)/gu;

function complaintOfOffice(office: string): RegExp {
  return new RegExp(
    `${office}(?:也|都|根本|压根)?(?:不管|不理|不处理|不作为|不出面|推来推去|没用)`,
    'u',
  );
}

/**
 * Wanting "something to do" in words no list holds ("想找点有意思的事干", "找些事情做做") is a
 * pastime for a retired resident, work for one who lost a job or needs money: the words around
 * it decide (clauseRules' pastimeWish and jobContext; the tuning miss 退休三年了…想找点有意思的事干).
 */
export const pastimeWish = /找(?:点|些|个)[^，。,.!?！？；;]{0,6}?的?事(?:情|儿)?(?:干|做|玩)/u;
export const jobContext = /下岗|失业|没工作|挣钱|挣点|赚钱|赚点|工资|收入|养家|补贴家用/u;
/**
 * The workplace itself closed or let the resident go ("厂子关了", "公司倒闭了", "单位不要我了"): a
 * job lost, whatever is asked after it ("…不知道还能干点啥" is work wanted, not volunteering; the
 * 46th batch's tuning misses, as a kind).
 */
export const workplaceClosed =
  /(?:厂子|工厂|厂里|单位|公司|工地)(?:也|都|突然)?(?:关了|关门了|倒闭|黄了|散了|不干了|裁员|不要我了|把我辞了|把我裁了)|店里不要我了/u;

const lonely = '冷清|冷冷清清|孤单|孤零零|寂寞|没人陪|一个人|没人说话|不在身边|想孩子|想儿女';
const lonelyFestival = new RegExp(
  `(?:过年|过节|逢年过节)[^。！？!?]{0,10}(?:${lonely})|(?:${lonely})[^。！？!?]{0,10}(?:过年|过节)`,
  'u',
);
const elderLookedAfter =
  /(?:老爷子|老太太|老头|老伴|老妈|老爸|我妈|我爸|老人|老母亲|老父亲|婆婆|公公|奶奶|爷爷|姥姥|姥爷)[^。！？!?]{0,24}托管|托管[^，。,.!?！？；;]{0,4}(?:老人|老爷子|老太太)/u;
const jobLossToLearn =
  /(?:下岗|失业)[^。！？!?]{0,6}(?:想|要|打算|准备)[^，。,.!?！？；;]{0,2}(?:学|培训|考证|考个)/u;

/** Rereadings of the kinds above, as rereadWords (outOfScope.ts) writes them. */
export const clauseRereadings: readonly { term: string; when: RegExp }[] = [
  { term: '上班', when: routine },
  // Having to be at work that day is why someone else must go ("我那天要上班走不开").
  { term: '上班', when: /(?:要|得|还要|还得)上班|上班(?:走不开|没空|没时间|请不了假)/u },
  // An office that will not act is the story's complaint, not the help asked for ("吵了好几回了，
  // 物业也不管"): the office's word is circumstance.
  { term: '物业', when: complaintOfOffice('物业') },
  { term: '居委会', when: complaintOfOffice('居委会') },
  // 来 closing a verb (想起来, 醒过来, 回来) is not 来 opening "come to my home": 想起来家里的药…
  // is remembering the medicine at home, no doctor's visit (tuning: 在活动室下棋呢，突然想起来…).
  ...['来家里', '来家'].map((term) => ({ term, when: /(?:起|出|回|过|进|醒)来家/u })),
  // A festival named as the time one is lonely ("孩子都不在身边，过年过节特别冷清") is no wish for a
  // festival show: the loneliness is the need (tuning: that miss, and the 33rd batch's 逢年过节…冷清).
  { term: '过节', when: lonelyFestival },
  { term: '过年', when: lonelyFestival },
  // 托管 said of an old parent is day care, not the after-school club (tuning: the 33rd batch's
  // 老爷子有点糊涂了，白天家里没人照看，能不能送到哪儿托管一下).
  { term: '托管', when: elderLookedAfter },
  // Losing a job told as the reason to learn ("下岗了想学学电脑") is the story of a course, not a
  // wish for work (tuning: 下岗了想学学电脑，好找工作).
  { term: '下岗', when: jobLossToLearn },
  { term: '失业', when: jobLossToLearn },
  { term: '工作', when: routine },
  { term: '打工', when: routine },
];

/**
 * Opening or taking over a shop, a stall or a small restaurant is the start-up mentors', not
 * eating out: such a stretch is blanked before looking for out-of-scope words, as inScopeUses
 * (outOfScope.ts) does for 开个小饭馆 (source: 我和老公想盘个小饭馆). With a measure word, a shop
 * of any trade (开个修鞋铺, 开家早点铺; the fortieth batch's tuning misses, in general terms).
 */
export const businessOpening =
  /(?:开|盘|干|搞|弄|接)(?:个|家|一家|一个|下|了)?小?(?:饭馆|餐馆|餐厅|饭店|小吃店|网店|店铺|店|铺子|超市|小卖部)|(?:开|盘|接)(?:个|家|一家|一个)小?(?![车药证门灯会])\p{Script=Han}{1,3}?(?:店|铺|馆|摊)/gu;

/**
 * The hours of a community place named in the need ("图书室几点开门", "文化中心晚上几点关门") are a
 * question about that service, not about a shop's hours: the hours words are blanked before
 * looking for out-of-scope words. A place is named by the kinds of name community services
 * carry (…室, …站, …中心, …大厅, …课堂, …大学, …食堂, …药房).
 */
export const communityPlaceHours =
  /(?:室|站|中心|大厅|课堂|大学|食堂|药房|药店|助餐点)[^，。,.!?！？；;]{0,6}?(?:几点|什么时候|啥时候|几时)(?:开门|关门|开|关|下班)|(?:室|站|中心|大厅|课堂|大学|食堂|药房|药店|助餐点)[^，。,.!?！？；;]{0,4}营业时间/gu;

/**
 * Things residents ask that a front desk refers to other offices, of kinds the out-of-scope list
 * (outOfScope.ts) does not hold yet: wages owed (the labour inspectorate), civil-service and
 * entrance exams and choosing or changing a school (the education office), paid music lessons
 * for a child, travel agents and fishing tackle (source: the kinds of the twenty-eighth batch's
 * tuning misses, in general terms).
 */
export const clausesOutOfScopeWords: readonly string[] =
  `拖欠工资 欠薪 讨薪 讨工资 要工资 拖着工资 工资不给 不给工资 不发工资 工钱不给 劳动仲裁
  公务员 考公 考编 考研 转学 转校 择校 学区房 小升初 插班
  钢琴班 钢琴课 学钢琴 考级 旅行社 跟团 鱼竿 渔具`
    .split(/\s+/)
    .filter(Boolean);

/** The same kinds, as wording rather than words: a child moved to or placed in a better school. */
export const clausesOutOfScopePhrasing =
  /转到[^，。,.!?！？；;]{0,6}(?:小学|中学|初中|高中|学校)|(?:上|进|读)(?:哪个|哪所|好一点的|好点的|重点)(?:小学|中学|初中|高中|学校)/u;

/**
 * Asking for the medicine to be brought, with 送 in one clause and the medicine in another
 * ("家里的药吃没了，能给送吗", "降压药吃完了，谁能给送点"), is the pharmacy's delivery, which no single
 * word says (source: the tuning miss 在活动室下棋呢，突然想起来家里的药吃没了，能给送吗, and the 33rd
 * batch's). Not a resident taken to hospital (送医院, 送急诊).
 */
export const medicineBrought =
  /药[^。！？!?]{0,16}?送(?![去到]?医院|急诊|120)|送(?:点|些|个|来|过来)?[^，。,.!?！？；;]{0,2}药/u;

/**
 * A part of the body that aches, told with words between ("腿一到阴天就疼", "膝盖这阵子老是酸疼"): the
 * health station's, as 腿疼 and 腰疼 are (the 50th batch's tuning misses, as a kind). Within one
 * clause, and not a fall or a blow (摔, 磕, 撞, 砸: the danger reader's and the first-aid words').
 */
export const achingBody =
  /(?:腿|膝盖|腰|胳膊|肩膀|脖子|关节|后背|脚后跟)(?![^，。,.!?！？；;]{0,8}[摔磕撞砸扭崴])[^，。,.!?！？；;]{1,8}(?:疼|痛|酸)/u;

const anyBusinessOpening = new RegExp(businessOpening.source, 'u');
const neighboursShop = /(?:对门|邻居|楼上|楼下|隔壁|对面)[^，。,.!?！？；;]{0,4}(?:开|盘)/u;

/** Groups a kind of wording names: a certificate to learn for, a job of any trade, a pastime. */
export function groupsByWording(text: string): string[] {
  const groups: string[] = [];
  if (medicineBrought.test(text)) groups.push('health-medical/medicine');
  // Opening a shop of any kind ("想开个小卖部", "盘个小饭馆") is the start-up mentors' (tuning:
  // the 33rd batch's 想开个小卖部，想听听有经验的人怎么说).
  // Not a neighbour's shop ("对门开网店，纸箱子把楼道堵死了": the story of a blocked stairwell).
  if (anyBusinessOpening.test(text) && !neighboursShop.test(text)) {
    groups.push('education-employment/startup');
  }
  if (asksForTrainingByWording(text)) groups.push('education-employment/training');
  // Medicine asked for the ache is the pharmacy's ("关节疼，膏药贴完了").
  if (achingBody.test(text) && !text.includes('药')) groups.push('health-medical/checkup');
  if (new RegExp(jobWish.source, 'u').test(text) || workplaceClosed.test(text)) {
    groups.push('education-employment/jobs');
  }
  if (pastimeWish.test(text)) {
    groups.push(
      jobContext.test(text) ? 'education-employment/jobs' : 'social-cultural/arts-festivals',
    );
  }
  // A thing and what happens to it, in one clause ("桶满了没人倒"; grownSynonymsObjectStates.ts).
  for (const group of objectStateGroups(text)) if (!groups.includes(group)) groups.push(group);
  // A fragment whose words mean another service (fragmentReadings.ts: a faint that is over).
  for (const group of fragmentGroups(text)) if (!groups.includes(group)) groups.push(group);
  // A bad dream that left the resident upset (toldNotHappening.ts).
  for (const group of toldGroups(text)) if (!groups.includes(group)) groups.push(group);
  // What someone can no longer do names the service that does it ("拎不动菜": the canteen;
  // grownSynonymsOnBehalf.ts).
  for (const group of lostAbilityGroups(text)) if (!groups.includes(group)) groups.push(group);
  return groups;
}
