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
