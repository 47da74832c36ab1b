// A seventeenth batch, written before any change to the danger code made with it in view, so its
// held-out half's danger recall before tuning is the honest estimate of how the kiosk does on
// danger phrasings nobody has tuned for (issue 15, item 2: danger words in every journey). Fresh
// dangers typed under every category — collapse, fall, stroke, breathing, chest pain, gas with
// typos, fire and sparks, water reaching the fuse box, break-ins and loiterers, fraud in progress,
// a person missing right now, violence, self-harm talk — in colloquial Mandarin, northern
// dialect, homophone typos, Traditional and English; and calm near misses that must not alarm
// (events that are over, hypotheticals, safety classes, gas bills, normal cooking smoke). Split by
// the same fixed rule (splitByAlternation: in the order written, first tuning, second held-out).
// Cases are never moved or reordered; new ones go in a new batch.
import type { LabelledNeed } from './labelledNeeds.js';
import {
  c,
  clinic,
  danger,
  emergencyTeam,
  fire,
  flood,
  gas,
  missing,
  nothing,
  police,
  property,
  repair,
  splitByAlternation,
} from './labelledNeedsKit.js';

const stranger = ['police-room', 'patrol-volunteers'];
const selfHarm = ['emergency-team', 'counselling-room', 'police-room'];
const handyman = ['handyman-volunteers', 'repair-team'];

const written: Omit<LabelledNeed, 'part'>[] = [
  // Someone collapsed, fell, a stroke, breathing, chest pain
  c('S', '下棋的大爷一头栽地上了，怎么叫都不醒', emergencyTeam, danger),
  c('L', '我妈早上起来说话口齿不清，嘴也歪了', emergencyTeam, danger),
  c('H', '老头子半边身子没劲，站都站不住', emergencyTeam, danger),
  c('E', '上课的老太太突然倒下了，脸色发白', emergencyTeam, danger),
  c('L', '我爸在卫生间滑倒了，头磕出血了', emergencyTeam, danger),
  c('S', '俺家老爷子一下子栽倒了，咋叫都不吱声', emergencyTeam, danger),
  c('H', '我老伴儿喘不过气来，嘴唇都发紫了', emergencyTeam, danger),
  c('L', '心口窝疼得直冒汗，后背也疼', emergencyTeam, danger),
  c('E', 'my father just collapsed in the kitchen', emergencyTeam, danger),
  c('S', 'grandma slipped in the shower and cant move her leg', emergencyTeam, danger),
  c('H', '我奶奶突然看不清东西，一只手拿不住筷子', emergencyTeam, danger),
  c('L', '媽媽突然昏倒在地上，叫不醒', emergencyTeam, danger),
  c('S', '老人跌倒後一直起不來', emergencyTeam, danger),
  c('H', '孩子过敏了，脸肿得喘不上气', emergencyTeam, danger),
  // Calm near misses about health and falls
  c('H', '有没有防跌倒的讲座', [...clinic, 'emergency-team']),
  c('E', '想学心肺复苏急救', ['emergency-team', 'health-station']),
  c('H', '去年摔过一跤，现在走路还是不稳，想做做康复', [...clinic, 'home-nursing']),
  c('S', '我爸前几年中过风，现在想找地方做做康复锻炼', [...clinic, 'day-care-centre']),
  c('H', '我爸有冠心病，想定期查查心电图', clinic),
  c('H', '胸口有点闷，想去量量血压', ['health-station']),
  c('H', 'I fell last year and want exercises to keep my balance', clinic),
  c('H', '我妈总担心自己会中风，想找医生问问', clinic),
  c('H', '血压有点高，头晕晕的，想开点药', ['pharmacy', ...clinic]),
  c('H', '孩子发烧38度，想找医生看看', clinic),
  c('H', '我爸晚上打呼噜，有时候憋气', clinic),
  // Gas, with the typos a pinyin keyboard makes
  c('L', '家里煤汽味好重，我不敢开灯', gas, danger),
  c('S', '媒气味特别冲，是不是漏了', gas, danger),
  c('E', '楼道里有股天然汽的味儿', gas, danger),
  c('H', '燃气灶那边嘶嘶响，一股臭鸡蛋味', gas, danger),
  c('L', 'I can smell gas in the stairwell', gas, danger),
  c('X', '廚房瓦斯好像漏了，味道很重', gas, danger),
  c('L', '灶上的火灭了，气还在往外冒', gas, danger),
  c('S', '俺们这旮旯闻着一股子煤气味儿', gas, danger),
  // Calm about gas
  c('L', '想问问煤气费怎么交', gas),
  c('L', '燃气热水器打不着火了', gas),
  c('L', '家裡瓦斯費怎麼繳', gas),
  c('L', '天然气表不走字了', gas),
  c('L', 'how do I pay my gas bill', gas),
  c('L', '找人帮我把旧煤气罐拉走', [...gas, 'rubbish-team']),
  // Fire, smoke, sparks
  c('S', '电线冒火花了，还有股烧焦味', fire, danger),
  c('E', '屋里一股烧焦味，插线板都黑了还在冒烟', fire, danger),
  c('H', '楼上往下冒黑烟，好像着火了', fire, danger),
  c('L', '锅里的油烧起来了，盖不住', fire, danger),
  c('S', 'flames are coming out of the window next door', fire, danger),
  c('X', '樓下起火了，煙好大', fire, danger),
  c('E', '配电箱着了，噼里啪啦的', fire, danger),
  c('H', '有烟从我家电表箱那冒出来', fire, danger),
  c('E', 'there are sparks coming out of the socket and it smells burnt', fire, danger),
  // Calm about fire and smoke
  c('S', '社区有没有消防安全的课，想学学', fire),
  c('L', '炒菜油烟大，抽油烟机不转了', handyman),
  c('X', '想给家里装个烟雾报警器', fire),
  c('X', '万一着火了，楼里该往哪跑', fire),
  c('X', '楼道里有人堆了好多纸箱子，怕着火', fire),
  c('X', '想学学怎么用灭火器', fire),
  c('L', '楼下烧烤的烟老往我家飘', ['mediation-room', ...property]),
  c('S', '想看一部讲消防员的电影', nothing),
  // Water rising, water reaching the electrics
  c('L', '水管爆了，水漫得满地都是，漫到电闸那了', [...flood, ...repair], danger),
  c('H', '楼下地下室全淹了，水还在往上涨', flood, danger),
  c('S', '暴雨灌进屋里了，水都没过脚脖子了', flood, danger),
  c(
    'E',
    'water is pouring into our flat from the ceiling and reaching the sockets',
    [...flood, ...repair],
    danger,
  ),
  // Calm about water
  c('L', '家里暖气漏水，滴了一小盆', [...repair, ...gas]),
  c('L', '水龙头坏了，厨房地上有点积水', repair),
  c('X', '下雨天地下车库容易积水，想反映一下', [...property, ...flood]),
  // Break-ins, strangers who will not leave
  c('L', '有人在撬我家锁，咔咔响', police, danger),
  c('X', '门口有个男的转悠了半天也不走，一直往猫眼里看', stranger, danger),
  c('S', '回家发现门锁被撬坏了，屋里被翻过', police, danger),
  c('H', 'someone is kicking at my door trying to get in', police, danger),
  c('E', '家裡門鎖被人撬了', police, danger),
  c('L', '有个陌生人跟着我进了楼，还在门口敲门不走', stranger, danger),
  // Calm about strangers and locks
  c('S', '以前被人撬过门，想装个好点的锁', [...handyman, 'police-room']),
  c('X', '想问问小区晚上有没有人巡逻', ['patrol-volunteers']),
  // Fraud in progress
  c('H', '我妈正在银行转账，对方让她别挂电话', police, danger),
  c('E', '公检法打电话说我涉嫌洗钱，让我把钱转到安全账户', police, danger),
  c('S', '有人打电话说我孙子出事了，让我马上打钱过去', police, danger),
  c('L', '对方说是客服，让我开共享屏幕，我现在正在操作', police, danger),
  c('X', 'a man on the phone says he is police and I must move my savings now', police, danger),
  c('H', '有個人冒充醫保局的，讓我馬上匯款', police, danger),
  // Calm about fraud
  c('X', '想听听防诈骗的宣传讲座', police),
  c('S', '上个月被骗了两千块，想问问还能追回来吗', police),
  c('S', 'we would like a talk on spotting phone scams', police),
  c('X', '有人在小区里发传单说投资能翻倍，感觉是骗子', police),
  c('S', '想组织老人学习防骗知识', police),
  // A person missing right now
  c('S', '老伴早上出门遛弯到现在没回来，电话也打不通', missing, danger),
  c('E', '孙子放学后找不到了，学校说早走了', missing, danger),
  c('L', '我爸有点糊涂，一个人出去到天黑了还没回来', missing, danger),
  c('X', 'my five year old son is missing in the park', missing, danger),
  c('H', '奶奶從醫院走丟了，到現在找不到', missing, danger),
  // Calm about going missing and losing things
  c('S', '想给我妈办个防走失手环', ['missing-search-team']),
  c('H', '想了解一下老人走失了该怎么办', ['missing-search-team']),
  c('E', 'my son lost his job and is looking for work', ['employment-station']),
  // Violence and threats
  c('S', '楼下有人拿着棍子打人', police, danger),
  c('L', '我老公喝多了要打我，我躲在屋里', police, danger),
  c('E', 'some man is shouting that he will kill my neighbour', police, danger),
  c('H', '邻居说要拿刀砍人，正在楼道里闹', police, danger),
  // Calm about quarrels
  c('X', '邻居家的狗老叫，吵得睡不着', ['mediation-room']),
  c('S', '麻将馆里有人吵起来了，不过已经劝开了', ['mediation-room']),
  // Self-harm talk
  c('S', '我不想活了，活着没意思', selfHarm, danger),
  c('H', '我儿子说要从楼上跳下去', selfHarm, danger),
  c('L', 'my friend says she wants to end her life', selfHarm, danger),
  // More medical danger in other words
  c('E', '我妈一口气吃了一瓶药，现在迷迷糊糊的', emergencyTeam, danger),
  c('L', '我爸被开水烫伤了一大片，起泡了', emergencyTeam, danger),
  c('S', '跳舞的阿姨说心慌胸闷，脸煞白，坐都坐不住', emergencyTeam, danger),
  c('E', '老人噎住了，咳不出来', emergencyTeam, danger),
  c('X', 'my wife is having a seizure', emergencyTeam, danger),
  c('L', '我爹倒在院子里了，浑身是汗叫不应', emergencyTeam, danger),
  // More calm near misses in every journey
  c('E', '想找个保安的工作', ['employment-station']),
  c('E', '想学电工，考个上岗证', ['skills-school']),
  c('S', '老伴走了以后一个人在家闷得慌', ['companion-volunteers']),
  c('L', '小区门口那个井盖丢了，怕有人掉下去', property),
  c('S', '想报名社区的应急演练', ['emergency-team', ...fire, ...flood, 'volunteer-station']),
  c('L', '想找人陪我妈去医院复查', ['escort-volunteers']),
];

export const seventeenthBatch: readonly LabelledNeed[] = splitByAlternation(written);
