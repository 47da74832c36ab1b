// The read-aloud text a screen gets from its own markup, by the one rule of speechOutline.ts:
// title, instruction, what the screen says back, then the choices, with hidden parts left out
// and digit keys said once as their pad.
import { describe, expect, it } from 'vitest';
import { type SpeechNode, outlineScreen } from '../../../renderer/src/speech/speechOutline.js';
import { fitSentences, speechSentences } from '../../../renderer/src/speech/speechSentences.js';

type Child = FakeNode | string;
interface FakeNode extends SpeechNode {
  readonly children: FakeNode[];
}

/** A tiny element: a tag, its attributes, and children (strings are its own text). */
function el(tagName: string, attributes: Record<string, string>, ...content: Child[]): FakeNode {
  const children = content.filter((item): item is FakeNode => typeof item !== 'string');
  return {
    nodeType: 1,
    tagName: tagName.toUpperCase(),
    children,
    childNodes: content.map((item) =>
      typeof item === 'string' ? { nodeType: 3, textContent: item } : item,
    ),
    get textContent() {
      return content.map((item) => (typeof item === 'string' ? item : item.textContent)).join('');
    },
    getAttribute: (name) => (Object.hasOwn(attributes, name) ? (attributes[name] ?? '') : null),
  };
}

const words = { choices: '可以选', selected: '已选', unavailable: '现在不能用' };

describe('outlineScreen', () => {
  it('takes the h1, the lead, what was typed and the choices in order, pad keys as one', () => {
    const screen = el(
      'main',
      {},
      el(
        'div',
        { class: 'pad-screen__side' },
        el('h1', {}, '请输入手机号'),
        el('p', { class: 'screen__lead' }, '用下面的数字键'),
        el('output', {}, '138 0013 8000'),
        el('button', {}, '下一步'),
      ),
      el(
        'div',
        { role: 'group', 'aria-label': '数字键盘' },
        ...['1', '2', '3'].map((digit) => el('button', {}, digit)),
        el('button', {}, '清空'),
      ),
    );
    const outline = outlineScreen(screen);
    expect(outline).toEqual({
      title: '请输入手机号',
      instructions: ['用下面的数字键'],
      notices: ['138 0013 8000'],
      choices: [
        { label: '下一步', selected: false, unavailable: false },
        { label: '数字键盘', selected: false, unavailable: false },
        { label: '清空', selected: false, unavailable: false },
      ],
    });
    expect(speechSentences(outline, words, 'zh-CN')).toEqual([
      '请输入手机号',
      '用下面的数字键',
      '一 三 八，零 零 一 三，八 零 零 零',
      '可以选：下一步；数字键盘；清空',
    ]);
  });

  it('leaves out what is hidden and says which choice is selected or unavailable', () => {
    const screen = el(
      'main',
      {},
      el('h1', {}, 'How urgent is it?'),
      el('span', { 'aria-hidden': 'true' }, '⚠'),
      el(
        'button',
        { 'aria-pressed': 'true' },
        el('span', { 'aria-hidden': 'true' }, '!'),
        'Urgent',
      ),
      el('button', { disabled: '' }, 'Send rating'),
      el('button', { hidden: '' }, 'Secret'),
      el('button', { 'data-speech': 'skip' }, 'Not this'),
      el('button', { class: 'gone' }, 'Off screen'),
      el('button', { 'aria-label': 'Close the list' }, '×'),
    );
    const outline = outlineScreen(screen, {
      isShown: (node) => node.getAttribute('class') !== 'gone',
    });
    expect(
      speechSentences(
        outline,
        { choices: 'You can choose', selected: 'selected', unavailable: 'not available now' },
        'en',
      ),
    ).toEqual([
      'How urgent is it?',
      'You can choose: Urgent, selected; Send rating, not available now; Close the list',
    ]);
  });

  it('says a ticket with its label, the notices and each row of a definition list', () => {
    const screen = el(
      'main',
      {},
      el('h1', {}, '已经收到'),
      el('p', { role: 'status' }, '请取走回执'),
      el(
        'div',
        { class: 'receipt__ticket' },
        el('span', {}, '回执号'),
        el('span', {}, 'A01-1201-0001'),
      ),
      el(
        'dl',
        {},
        el('div', {}, el('dt', {}, '姓名'), el('dd', {}, '张*明')),
        el('div', {}, el('dt', {}, '电话'), el('dd', {}, '138****5678')),
      ),
      el('button', {}, '完成'),
    );
    const outline = outlineScreen(screen, { pairSeparator: '：' });
    expect(outline.notices).toEqual([
      '请取走回执',
      '回执号 A01-1201-0001',
      '姓名：张*明',
      '电话：138****5678',
    ]);
    expect(speechSentences(outline, words, 'zh-CN')).toEqual([
      '已经收到',
      '请取走回执',
      '回执号 A 零 一，一 二 零 一，零 零 零 一',
      '姓名：张*明',
      '电话： 一 三 八 星 星 星 星 五 六 七 八',
      '可以选：完成',
    ]);
  });

  it('prefers what the screen marks as its title and instruction', () => {
    const screen = el(
      'main',
      {},
      el('h1', {}, '查询'),
      el('p', { 'data-speech': 'title' }, '查询您的求助'),
      el('p', { class: 'screen__lead' }, '普通说明'),
      el('p', { 'data-speech': 'instruction' }, '请选一种查询方式'),
    );
    expect(outlineScreen(screen)).toMatchObject({
      title: '查询您的求助',
      instructions: ['请选一种查询方式'],
    });
  });

  it('reads a dialog by its h2 and its paragraphs', () => {
    const dialog = el(
      'div',
      { role: 'alertdialog' },
      el('h2', {}, '您还在吗？'),
      el('p', {}, '20 秒后回到首页'),
      el('button', {}, '我还要用'),
    );
    expect(speechSentences(outlineScreen(dialog, { dialog: true }), words, 'zh-CN')).toEqual([
      '您还在吗？',
      '20 秒后回到首页',
      '可以选：我还要用',
    ]);
  });
});

describe('fitSentences', () => {
  it('cuts long text at a pause before the cap, and never loses a character', () => {
    const text = `${'很长的一句话'.repeat(10)}，${'然后还有'.repeat(20)}`;
    const pieces = fitSentences(text, 100);
    expect(pieces.every((piece) => piece.length <= 100)).toBe(true);
    expect(pieces.join('')).toBe(text);
    expect(pieces[0]?.endsWith('，')).toBe(true);
  });
});
