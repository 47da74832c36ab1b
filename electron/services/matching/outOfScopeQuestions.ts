// Questions a front desk answers by pointing elsewhere, recognised by their FORM rather than by a
// list of things (issue 15: the out-of-scope word list only knew the tuning part's things, so a
// question about a thing no list holds still reached a service through a stray word: "想换个新冰箱，
// 哪里买便宜" reached the appliance repairers through 冰箱). Written once in general terms, from
// what a community centre does not do: sell goods or say where a shop is, give recipes, tell
// the date or a draw's numbers, or talk about itself. The one thing residents buy from the
// community is medicine (the directory's pharmacy lists 买药), so a purchase question naming it
// stays in scope. Texts are normalised first (Simplified, lower case).
import { asksAnotherBusiness } from './outOfScopeAsides.js';
import { boughtGoneWrong, dreamAsked, operatorAsked } from './outOfScopeFamilies.js';

/** Where to buy a thing, or which shop is cheapest or best. */
const purchase =
  /哪(?:里|儿|边|家)?(?:能|可以|有)?(?:买|卖)|(?:在|去|到)哪(?:里|儿)?(?:能|可以)?买|买[^，。,.!?！？；;]{0,4}便宜|哪家[^，。,.!?！？；;]{0,3}(?:便宜|好吃|实惠|质量)|有没有卖|\bwhere (?:can|could|do) i buy\b|\bwhere to buy\b/u;
/**
 * Wanting to buy a thing, said outright ("我想买个按摩椅"): a purchase, not a need a service
 * meets (source: the twenty-second batch's tuning half; the English form, "I want to buy a
 * secondhand sofa", from the tuning part). A measure word follows, so a story's errand (出门买菜)
 * and help with shopping (帮我买点菜) are not read as one; in English only the wish to buy counts
 * ("I need to buy food but can't walk" may be help with shopping).
 */
const wantsToBuy =
  /(?:想|要|打算)(?:(?!帮|替|让|请|学|教)[^，。,.!?！？；;]){0,8}买(?:个|台|辆|件|双|套|部|把|份|副)|\bi(?:'m|'d| am| would)? (?:want|wanna|like|looking|thinking of) (?:to )?buy(?:ing)?\b/u;
/** Where a shop or an office of someone else is ("附近有没有打印店", "银行在哪"). */
const whereIsAShop =
  /(?:附近|周边|周围|这边)(?:有没有|哪里有|哪儿有|哪有)[^，。,.!?！？；;]{0,6}(?:店|铺|超市|银行)|(?:店|超市|银行)(?:在哪|在什么地方)/u;
/**
 * Which brand, or which hospital, university, school or company is best ("助听器哪个牌子好用",
 * "上海哪个医院看肿瘤最好", "能上哪个大学"): a choice among others' businesses (issue 15,
 * written before tuning on the twenty-fifth batch), or which model ("哪款适合老人"; the fortieth
 * batch's tuning misses). Residents ask for a community service by what it does, never by
 * brand, model or rank.
 */
const whichToChoose =
  /(?:什么|啥|哪个|哪种|哪款|哪家)(?:牌子|品牌)|哪一?款|(?:什么|啥|哪个)型号|哪(?:个|家|所)(?:医院|大学|学校|公司|保险|律师|专业)|\bwhich (?:brand|hospital|university|college|school)\b/u;
/**
 * When another office, a far hospital or a park is open ("协和医院周六上不上班", "银行几点开门"): their
 * hours are theirs to tell. A community hospital is the health station, so it is left out.
 */
const anotherOfficesHours =
  /(?<!社区)(?:医院|银行|邮局|车管所|税务局|派出所|火车站|高铁站|公园|景区|博物馆|动物园)[^，。,.!?！？；;]{0,6}(?:上不上班|开不开门|开门吗|上班吗|几点开|几点关|几点下班|休不休息|放不放假|周[六日末]上班)/u;
/** The way to another place ("去人民医院怎么走"): a map's, not a service. */
const wayToAnotherPlace =
  /(?:(?<!社区)医院|火车站|高铁站|机场|汽车站|长途站|公园|商场|动物园)[^，。,.!?！？；;]{0,3}(?:怎么走|怎么去|坐几路|在哪下车|在哪站下)/u;
/**
 * Pay, a pension or a redundancy payment owed by an employer ("老单位欠我两年的退休金不给",
 * "公司裁员了给多少赔偿", also across a comma: "…裁员了，赔偿怎么算"; the pay named first: "工资老是
 * 拖着不发"): labour arbitration's, not
 * the service hall's (which pays the community's own benefits) nor the mediation room's.
 */
const owedByEmployer =
  /(?:单位|老板|公司|厂里|厂子|工地|包工头|东家)[^，。,.!?！？；;]{0,4}(?:欠|拖欠|克扣|不给发|不发)|(?:单位|老板|公司|厂里|厂子|裁员|辞退|开除)[^，。,.!?！？；;]{0,8}(?:赔偿|补偿金|经济补偿|劳动合同)|(?:裁员|辞退|开除)[^。.!?！？]{0,10}(?:赔偿|补偿)|工(?:资|钱)[^，。,.!?！？；;]{0,6}(?:拖着|拖欠|不发|不给|克扣)/u;
/**
 * The weather as a question ("明天降温不", "这两天会不会刮大风"): a forecast's. The weather as
 * the reason a home needs help (a storm's water, cold radiators) is read in outOfScopeSenses.ts
 * and never reaches this; with such a word here it is still in scope.
 */
const weatherQuestion =
  /\bweather (?:like|tomorrow|today|forecast|this)|\b(?:will|is) it (?:going to )?(?:rain|snow)\b|\bgoing to (?:rain|snow)\b|天气(?:怎么样|咋样|如何|好不好|好吗|真好|不错)|(?:会不会|是不是要|要不要)(?:下雨|下雪|刮风|刮大风|降温|升温|变天|起风|下冰雹)|(?:会|要)(?:下雨|下雪|刮风|刮大风|降温|升温|变天|起风)(?:吗|不|没)|(?:下雨|下雪|刮风|降温|升温|变天|大风)(?:吗|了没|没有|不(?=[，。,.!?！？；;\s]|$))|(?:今天|明天|后天|这两天|周末|下周)[^，。,.!?！？；;]{0,4}(?:冷不冷|热不热|几度|多冷|多热)/u;
const homeWeathered =
  /沙袋|进水|积水|淹|漏雨|漏水|防汛|内涝|暖气|供暖|停电|摔|滑倒|空调|corridor|flood|heating/u;

/** What the community sells or delivers itself: a purchase question about it is in scope. */
const soldByTheCommunity = /药|medicine|pills?\b/u;

/** How to cook a dish. */
const recipe =
  /怎么(?:做|烧|炒|煮|烤|蒸|炖|腌|调|拌|包)[^，。,.!?！？；;]{0,3}(?:才|好吃|好喝|最香)|(?:菜谱|做法|食谱)|\brecipe\b/u;

/** The kiosk itself, as a person: its age, its name, whether it is a robot. */
const aboutTheKiosk =
  /你(?:今年)?(?:几岁|多大了|多少岁|是谁|叫什么|是机器人|是不是机器人|是真人)|\bhow old are you\b|\bwho are you\b|\bare you a (?:robot|bot|machine)\b/u;
/** What the kiosk itself can do, asked as the whole need: "你会唱歌吗", "你会不会下棋". */
const kioskAbility = /^你(?:会不会|会)[^，。,.!?！？；;帮给替]{1,4}(?:吗|呀|啊)?[?？]?$/u;
/** Nothing asked at all: "没事，随便看看" (before the twenty-fifth batch). */
const justLooking =
  /随便(?:看看|问问|逛逛|点点)|^没(?:事|什么事)[，,。.!！]*$|\bjust (?:looking|browsing)\b/u;
/** The kiosk asked to entertain ("给我讲个笑话", "唱首歌听听"; before the twenty-fifth batch). */
const kioskEntertains =
  /讲(?:个|一个|段)(?:笑话|故事)|唱(?:首|个|一首)歌(?:给我|听)|\btell me a (?:joke|story)\b/u;

/** The calendar or a draw's numbers. */
const calendar = /农历|阴历|星期几|礼拜几|几月几号|开奖|\bwhat day is it\b|\bwhat is the date\b/u;
/** A holiday's date ("明年春节是几号"): the calendar, not the centre's festivities. */
const holidayDate =
  /(?:春节|元旦|元宵|清明|端午|中秋|国庆|除夕|过年)节?(?:是|在)?(?:几号|哪天|哪一天|几月几)/u;

export function asksWhatNoServiceDoes(text: string): boolean {
  const shopping =
    purchase.test(text) ||
    wantsToBuy.test(text) ||
    whereIsAShop.test(text) ||
    whichToChoose.test(text);
  if (shopping && !soldByTheCommunity.test(text)) return true;
  if (boughtGoneWrong.test(text) && !soldByTheCommunity.test(text)) return true;
  if (weatherQuestion.test(text) && !homeWeathered.test(text)) return true;
  return (
    anotherOfficesHours.test(text) ||
    wayToAnotherPlace.test(text) ||
    owedByEmployer.test(text) ||
    recipe.test(text) ||
    aboutTheKiosk.test(text) ||
    kioskAbility.test(text) ||
    kioskEntertains.test(text) ||
    justLooking.test(text) ||
    dreamAsked.test(text) ||
    operatorAsked.test(text) ||
    calendar.test(text) ||
    holidayDate.test(text) ||
    asksAnotherBusiness(text)
  );
}
