// The families the 38th and 39th batches taught (all tuning): sparks from something electric now
// are a fire (product owner), something spilt on the floor is no person down, a plea to stop a
// beating heard through a wall, scams told by the victim's child, bare fragments, typo forms the
// homophone reader cannot hear, and the calm forms beside each. Phrasings here are not the
// batches' own, so a rule that learnt one sentence fails them.
import { describe, expect, it } from 'vitest';
import { demoMatcher } from './demoMatcher.js';

const kinds = (text: string) => demoMatcher.danger(text, null)?.kinds ?? [];

describe('sparks from something electric now', () => {
  it.each([
    '厨房那个插座正在冒火花',
    '电线那里直冒火星子，好吓人',
    '充电器插头冒火花了',
    'dian xian mao huo hua',
    'the plug is sparking',
    '插线板 着了',
  ])('"%s" is a fire', (text) => {
    expect(kinds(text)).toContain('fire');
  });

  it.each([
    '插头一插进去就冒火星，想找电工看看',
    '插座冒火花以后就不敢用了，想换个新的',
    '插座没冒火花，就是没电',
    '燃气灶点火的时候冒火花，正常吗',
    '想买个防火花的插线板',
    '电线老化了，怕以后冒火花',
  ])('"%s" is calm', (text) => {
    expect(kinds(text)).not.toContain('fire');
  });
});

describe('something spilt on the floor', () => {
  it.each([
    '一杯牛奶洒到地上了，地板黏糊糊的',
    '一桶油全倒在地上了，想找人清理',
    '架子上掉了一盒珠子到地上',
    '孩子把饭撒了一地',
  ])('"%s" is no person down', (text) => {
    expect(kinds(text)).toEqual([]);
  });

  it.each([
    ['汤洒了一地，我妈踩上去滑倒了，起不来', 'fall'],
    ['我爸喝了酒倒在地上叫不醒', 'medical'],
    ['老人晕到地上了', 'medical'],
  ])('"%s" is still %s', (text, kind) => {
    expect(kinds(text)).toContain(kind);
  });
});

describe('heard, seen or told by others', () => {
  it.each([
    ['楼下有个女人一直在喊不要打我', 'violence'],
    ['隔壁砰砰的在摔东西，孩子在尖叫', 'violence'],
    ['对门有人在喊来人啊', 'medical'],
    ['监控里看到有个男的在我家卧室翻抽屉', 'break-in'],
    ['我爸被一个自称银行客服的人指挥着，正按他说的操作手机', 'fraud'],
  ])('"%s" is %s', (text, kind) => {
    expect(kinds(text)).toContain(kind);
  });

  it.each([
    '孩子打游戏，我喊别打了他不听',
    '电视剧里有人喊救命，吓我一跳',
    '楼上咚咚咚的，小孩在跑，吵死了',
    '我妈在家翻东西找存折',
  ])('"%s" is calm', (text) => {
    expect(kinds(text)).toEqual([]);
  });
});

describe('scams told by the victim’s child', () => {
  it.each([
    '我妈被人忽悠了，刚才又往里转了两万',
    '我爸在保健品会上正在刷卡买东西',
    '我爷爷非要刷信用卡买理疗仪，健康讲座的人在旁边催',
    '阿爸俾人呃紧钱',
  ])('"%s" is fraud', (text) => {
    expect(kinds(text)).toContain('fraud');
  });

  it.each(['我妈差点被微信上的人骗了，我及时拦住了', '我被朋友忽悠去学跳舞了，挺好玩'])(
    '"%s" is calm',
    (text) => {
      expect(kinds(text)).toEqual([]);
    },
  );
});

describe('fragments, typos and other tongues', () => {
  it.each([
    ['火 五楼', 'fire'],
    ['爷爷 不动了', 'medical'],
    ['我婆婆云倒在厕所里了', 'medical'],
    ['有个老人家 点叫都唔应', 'medical'],
    ['my daughter ate many pills of grandpa, now drowsy', 'medical'],
    ['someone try to open my door with a tool', 'break-in'],
    ['有人拿着刀在楼下追人', 'violence'],
    ['我姐说我妈在卫生间半天没出来，敲门也没声音', 'medical'],
    ['隔壁咚的一声，后来就没了动静', 'medical'],
    ['我爸没了心跳', 'medical'],
  ])('"%s" is %s', (text, kind) => {
    expect(kinds(text)).toContain(kind);
  });

  it.each([
    '想吃火锅',
    '电梯不动了，找物业',
    '我妈腿疼走不动了',
    '快递运到楼下了',
    '燃气报警器刚装好，怎么试它响不响',
    'how much medicine can my son take for a cold',
    '火 锅店在哪',
    '老伴不动了，天天躺着看电视',
    '小区监控里看到有人在翻垃圾桶',
    '师傅人到了没有',
    '有人到了，开门吧',
    '前阵子闻到过一点煤气味，后来就没了，想找人查查',
    '骗子打电话说我儿子出事了要钱，我直接挂了',
  ])('"%s" is calm', (text) => {
    expect(kinds(text)).toEqual([]);
  });
});
