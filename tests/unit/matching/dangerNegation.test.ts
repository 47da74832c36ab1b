// A danger named only to deny it is dropped; a state that holds its own negation is not.
import { describe, expect, it } from 'vitest';
import { deniedFinding } from '../../../electron/services/matching/dangerNegation.js';

const padded = (text: string) =>
  ` ${text
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean)
    .join(' ')} `;
const denied = (word: string, text: string) => deniedFinding(word, text, padded(text));

describe('deniedFinding', () => {
  it('drops a finding whose word comes only straight after a negation', () => {
    expect(denied('晕倒', '老人没晕倒，就是有点累')).toBe(true);
    expect(denied('着火', '楼下没着火吧')).toBe(true);
    expect(denied('smoke+smell', 'there is no smoke, just a smell of cooking')).toBe(true);
  });

  it('keeps a finding said once plainly, even if denied elsewhere', () => {
    expect(denied('晕倒', '刚才说没晕倒，现在又晕倒了')).toBe(false);
    expect(denied('smoke', 'no smoke before, now smoke everywhere')).toBe(false);
  });

  it('never reads a negation inside the state itself', () => {
    expect(denied('没有呼吸', '老人没有呼吸了')).toBe(false);
    expect(denied('叫~不醒+老人', '老人叫了半天叫不醒')).toBe(false);
    expect(denied('not breathing', 'she is not breathing')).toBe(false);
  });

  it('finds nothing to deny in a word the text does not hold', () => {
    expect(denied('煤气+味', '楼道里有股味')).toBe(false);
  });
});
