// Danger told without the usual danger words (issue 15, the 45th batch's families): each block
// holds phrasings of its own, none copied from the batch, for one change to the danger reading,
// with the calm near misses the change must leave alone.
import { describe, expect, it } from 'vitest';
import { demoMatcher } from './demoMatcher.js';

const danger = (text: string) => demoMatcher.danger(text, null)?.kinds ?? [];

describe('someone not moving, said plainly', () => {
  it.each([
    ['走廊长凳上坐着个大爷，一动不动的，喊也不理', 'medical'],
    ['开会开到一半，我旁边的同事突然趴下不动了', 'medical'],
    ['我妈刚才突然就不动了，眼睛睁着', 'medical'],
    ['棋友下着下着趴着不动了', 'medical'],
  ])('"%s" is %s', (text, kind) => {
    expect(danger(text)).toContain(kind);
  });

  it.each(['我家孩子动不动就发烧，想找个儿科大夫', '老伴动不动就发脾气，想找人聊聊'])(
    '"%s" is calm',
    (text) => {
      expect(danger(text)).toEqual([]);
    },
  );
});

describe('a child taken, or someone followed, by a stranger', () => {
  it.each([
    ['刚才在超市门口，一个不认识的男人把我外孙女抱走了', 'missing'],
    ['托管班老师说有个陌生女的把我儿子接走了，我们没让人接', 'missing'],
    ['小区里有人哄小孩子跟他走，我家闺女已经跟着出去了', 'missing'],
    ['a man I do not know grabbed my grandson at the bus stop', 'missing'],
    ['下班路上有个男的一直跟在我后面，我快他也快', 'break-in'],
    ['我闺女说放学有个陌生人跟到她家楼下', 'break-in'],
    ["someone I don't know has been following my daughter home for three days", 'break-in'],
  ])('"%s" is %s', (text, kind) => {
    expect(danger(text)).toContain(kind);
  });

  it.each([
    '奶奶把孙子接走了，我下午去接孩子扑空了',
    '听说有陌生人在学校门口带走孩子，想问问社区有没有防拐讲座',
    '孩子学校教孩子别跟陌生人走',
    '有个男的跟着我学太极，挺认真的',
    '我家狗被一个不认识的人牵走了',
  ])('"%s" is calm', (text) => {
    expect(danger(text)).toEqual([]);
  });
});

describe('a stranger trying doors, or a home found open with someone inside', () => {
  it.each([
    '半夜听见有人在走廊里一扇一扇地拧门，声音很轻',
    '停车场有个男的挨个试车门，好几辆都拉过了',
    'someone was trying every door on my floor just now',
    '买菜回来发现门是开着的，里面有脚步声',
    'I came home and the door was open and I can hear footsteps upstairs',
  ])('"%s" is a break-in', (text) => {
    expect(danger(text)).toContain('break-in');
  });

  it.each([
    '门锁坏了，谁能帮我试试能不能打开',
    '我试了好几次门锁，钥匙就是拧不动',
    '门开着通风，屋里有点冷',
    '有人一家一家敲门推销保健品，烦死了',
  ])('"%s" is calm', (text) => {
    expect(danger(text)).toEqual([]);
  });
});

describe('someone close alone who stops answering, or never arrived', () => {
  it.each([
    ['姥爷一个人在家，按门铃半天不开门，电话也不接', 'medical'],
    ['my grandfather lives on his own and is not picking up, I am worried', 'medical'],
    ['我儿子说去上班，单位说他今天根本没来，手机关机了', 'missing'],
    ['我奶奶去社区食堂吃饭，食堂说没见她来，电话也打不通', 'missing'],
    ['my father went for a walk this morning and never came back', 'missing'],
  ])('"%s" is %s', (text, kind) => {
    expect(danger(text)).toContain(kind);
  });

  it.each([
    '我妈一个人住，耳朵背，电话老是不接，想给她配个助听器',
    '我爸一个人在家，想找志愿者每天给他打个电话',
    '我爸一个人在家，手机没电了所以没接',
    'my son went to the shop and came back with the wrong milk',
  ])('"%s" is calm', (text) => {
    expect(danger(text)).toEqual([]);
  });
});

describe('calm words that named a place or a time running on to now', () => {
  it.each([
    ['儿子在培训班门口突然倒下去了，叫不醒', 'medical'],
    ['孙女刚从培训班出来，说有个陌生男的跟到她家楼下', 'break-in'],
    ['my mother has not answered the door since yesterday and she lives alone', 'medical'],
    ['我爸从昨天起就联系不上，一个人住', 'medical'],
  ])('"%s" is %s', (text, kind) => {
    expect(danger(text)).toContain(kind);
  });

  it.each([
    '想报个电工培训，学学怎么接电线',
    '昨天我妈晕倒了一次，今天去医院看看',
    '消防培训讲了电线着火怎么办',
  ])('"%s" is calm', (text) => {
    expect(danger(text)).toEqual([]);
  });
});

describe('a child crying its heart out while things are smashed', () => {
  it.each([
    '对门孩子哭得很惨，里面一直砸东西',
    '楼下有个孩子撕心裂肺地哭，他爸在摔东西',
    '隔壁有人惨叫，一直在摔东西',
  ])('"%s" is violence', (text) => {
    expect(danger(text)).toContain('violence');
  });

  it('a person who fell while throwing things is still a fall', () => {
    expect(danger('我妈摔东西的时候自己也摔倒了，起不来')).toContain('fall');
  });

  it.each([
    '隔壁装修砸东西，孩子被吓得哇哇大哭',
    '楼上孩子哭得厉害，大人在骂他作业没写完',
    '我老伴一生气就摔东西，想找人聊聊',
    '孩子发脾气摔东西，是不是心理有问题',
  ])('"%s" is calm', (text) => {
    expect(danger(text)).toEqual([]);
  });
});

describe("a burning smell from a neighbour's home, unattended", () => {
  it.each([
    '隔壁一直有焦糊味往外飘，喊了半天没人应',
    '楼上好大一股烧糊的味道，他家人都不在家',
    'I can smell something burning from next door and nobody is home',
  ])('"%s" is fire', (text) => {
    expect(danger(text)).toContain('fire');
  });

  it.each(['楼下饭店一股糊味，天天这样', '隔壁炒菜炒糊了，味道传过来'])('"%s" is calm', (text) => {
    expect(danger(text)).toEqual([]);
  });
});

describe('money moving now for a fee asked online or a caller in trouble', () => {
  it.each([
    '我妹在网上做兼职，客服让她先交保证金，她正在转',
    '我爸接到电话说孙子出车祸要钱，他正往银行走',
    'my grandad got a call saying his grandson was arrested and he is about to send money',
    '舅舅在招聘软件上找活，对方要他先付培训费，他已经转了',
  ])('"%s" is fraud', (text) => {
    expect(danger(text)).toContain('fraud');
  });

  it.each([
    '租房要交押金，房东让我先交，合同还没签',
    '朋友找我借钱，我去银行取了给他',
    '想在网上找个兼职，要不要交押金',
  ])('"%s" is calm', (text) => {
    expect(danger(text)).toEqual([]);
  });
});

describe('water onto a light or wiring, said plainly', () => {
  it.each([
    '楼上漏水了，水从顶灯那里淌下来',
    'water is dripping onto the wiring above the kitchen light',
    '卫生间的灯座里滴下来好多水',
  ])('"%s" is flood', (text) => {
    expect(danger(text)).toContain('flood');
  });

  it.each([
    '客厅的灯不亮了，想找人换个灯泡',
    'the light in the bathroom flickers, can someone fix it',
    'water leaking under the sink, need a plumber',
  ])('"%s" is calm', (text) => {
    expect(danger(text)).toEqual([]);
  });
});

describe('着火了 typed with another zhao', () => {
  it.each(['楼道里召火了，好多烟', '厨房兆火了快来人'])('"%s" is fire', (text) => {
    expect(danger(text)).toContain('fire');
  });

  it.each(['居委会号召火速报名志愿者', '召开消防会议'])('"%s" is calm', (text) => {
    expect(danger(text)).toEqual([]);
  });
});

describe("a talk's subject told in its own clause", () => {
  it.each([
    '社区有个课，教大家孩子走丢了怎么报警',
    '想听听讲座，讲讲家里着火了如何逃生',
    '下周有培训，教一教老人晕倒了怎么做心肺复苏',
  ])('"%s" is calm', (text) => {
    expect(danger(text)).toEqual([]);
  });

  it.each([
    ['讲台上的老师突然晕倒了，怎么叫都不醒', 'medical'],
    ['老人摔倒了，教我怎么扶他起来', 'fall'],
  ])('"%s" is still %s', (text, kind) => {
    expect(danger(text)).toContain(kind);
  });
});

describe('a cry for help under a beating is violence first', () => {
  it.each(['楼上男的又在打媳妇，女的一直喊救命', '隔壁那家还在打孩子，孩子叫救命'])(
    '"%s" is violence, not a medical cry',
    (text) => {
      const kinds = danger(text);
      expect(kinds[0]).toBe('violence');
      expect(kinds).not.toContain('medical');
    },
  );

  it.each(['我还在打电话，孩子在旁边哭', '他们又在打麻将，吵得孩子哭', '孩子怕打针，一直哭喊'])(
    '"%s" is calm',
    (text) => {
      expect(danger(text)).toEqual([]);
    },
  );
});

describe('a lock tampered with, a door kicked, a stranger staring at the door or window', () => {
  it.each([
    '出差回来发现门锁锁眼被人动过，插钥匙插不进去',
    '有个喝醉的人在踢我家门，一边踢一边骂',
    'a man keeps standing outside my front door staring at the spyhole',
    "there's a stranger staring at my window from the street every evening",
  ])('"%s" is a break-in', (text) => {
    expect(danger(text)).toContain('break-in');
  });

  it.each([
    '门锁有点划痕，是不是以前装的时候弄的',
    '孩子踢球把门踢坏了，想找人修',
    '我家门锁被孩子动过，现在拧不开了',
  ])('"%s" is calm', (text) => {
    expect(danger(text)).toEqual([]);
  });
});

describe('a confused elder out for hours, or no sign of life from someone alone', () => {
  it.each([
    ['我公公有点痴呆，上午去公园遛弯，到现在三个多小时了', 'missing'],
    ['my uncle has dementia, he went to the shops this morning and is still not back', 'missing'],
    ['隔壁独居的老太太三天没动静了，门口堆着好几天的报纸', 'medical'],
    [
      'my uncle lives alone and has not replied to any message for two days, no response at the door',
      'medical',
    ],
  ])('"%s" is %s', (text, kind) => {
    expect(danger(text)).toContain(kind);
  });

  it.each([
    '我爸有点糊涂，今天去公园遛弯，我陪着他一起，想找个有伴的活动',
    '独居老人家里没开灯，是不是出去旅游了',
  ])('"%s" is calm', (text) => {
    expect(danger(text)).toEqual([]);
  });
});

describe('followed all the way, a flat cased under a pretext, a person down told by phone', () => {
  it.each([
    ['看完病出来有个人一直跟我到家门口', 'break-in'],
    ['一个男的从地铁站一路跟她到小区', 'break-in'],
    ['有个自称燃气公司的人来问我家白天有没有人', 'break-in'],
    ['有个人冒充物业，问我是不是一个人住', 'break-in'],
    ['我爸晨练的时候，电话里有人说他倒在那儿了', 'medical'],
  ])('"%s" is %s', (text, kind) => {
    expect(danger(text)).toContain(kind);
  });

  it.each(['社区普查，网格员上门问家里几口人', '我女儿一直跟我到菜市场，非要买糖'])(
    '"%s" is calm',
    (text) => {
      expect(danger(text)).toEqual([]);
    },
  );
});

describe('上回 is last time, not 晚上回家 or 马上回来', () => {
  it.each([
    ['早上回来发现门锁被人动过，屋里东西都乱了', 'break-in'],
    ['晚上回家一进门就闻到很重的煤气味', 'gas'],
    ['我爸马上回来，他刚才说胸口疼得厉害', 'medical'],
  ])('"%s" is %s', (text, kind) => {
    expect(danger(text)).toContain(kind);
  });

  it('上回 said of a past faint is calm', () => {
    expect(danger('上回我妈晕倒是低血糖，想问问平时要注意什么')).toEqual([]);
  });
});

describe('a fine or fee paid in gift cards', () => {
  it.each([
    'someone on the phone says my dad owes a fine and wants him to pay with gift cards, he is at the shop now',
    'my mother got a call from the "police" and has gone to buy vouchers to pay them',
  ])('"%s" is fraud', (text) => {
    expect(danger(text)).toContain('fraud');
  });

  it.each([
    "can I buy gift cards for my grandson's birthday here",
    'my mum has gone to buy gift cards for christmas',
    'I want to pay with vouchers at the canteen',
  ])('"%s" is calm', (text) => {
    expect(danger(text)).toEqual([]);
  });
});

describe('what one wants to know from a first-aid course, told after it', () => {
  it('"想学点急救，知道老人摔倒了怎么扶" is calm', () => {
    expect(danger('想学点急救，知道老人摔倒了怎么扶')).toEqual([]);
  });

  it('"我妈晕倒了，不知道该怎么办" is still medical', () => {
    expect(danger('我妈晕倒了，不知道该怎么办')).toContain('medical');
  });
});

describe('a stranger pulling a crying or struggling child away', () => {
  it.each([
    '超市门口一个陌生女的拽着一个小男孩往外走，孩子一直哭着喊妈妈',
    '有个不认识的男的扯着隔壁家的闺女往车上拖，她在挣扎',
  ])('"%s" is missing', (text) => {
    expect(danger(text)).toContain('missing');
  });

  it.each([
    '我拉着孩子去打针，他在哭',
    '孩子不肯上学，我拽着他往外走，他一直哭',
    '奶奶抱着孙子往外走，孩子在哭',
  ])('"%s" is calm', (text) => {
    expect(danger(text)).toEqual([]);
  });
});
