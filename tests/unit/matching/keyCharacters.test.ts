// The key-character back-off: a need in words no list holds is still understood by the one
// character that names its help, only when nothing else is known, and never through a word that
// holds the character but means something else.
import { describe, expect, it } from 'vitest';
import { defaultSynonyms } from '../../../electron/services/matching/index.js';
import {
  keyCharacterGroups,
  keyCharacters,
} from '../../../electron/services/matching/keyCharacters.js';
import { ask, demoMatcher } from './demoMatcher.js';

const firstOf = (category: Parameters<typeof ask>[0], text: string) =>
  demoMatcher.answer(ask(category, text), 3).results[0]?.resource.id;

describe('key characters', () => {
  it('names only synonym groups that exist', () => {
    for (const entry of keyCharacters) {
      expect(defaultSynonyms[entry.category].map((group) => group.id)).toContain(entry.group);
    }
  });

  it('understands a need in unlisted words by its key character', () => {
    expect(firstOf('basic-living', '中午能给送个盒饭吗')).toMatch(/^meals-/);
    expect(firstOf('health-medical', '眼药水用完了')).toBe('pharmacy');
    expect(firstOf('basic-living', '屋里冷得跟冰窖似的')).toBe('gas-heating-station');
  });

  it('does not read a character inside a word that means something else', () => {
    expect(keyCharacterGroups('电脑中病毒了')).toEqual([]);
    expect(keyCharacterGroups('附近有什么好吃的饭馆')).toEqual([]);
    expect(demoMatcher.answer(ask('basic-living', '我家电脑中病毒了'), 3).outcome).toBe(
      'for-staff',
    );
  });

  it('is not read when a known word already names the need', () => {
    const answer = demoMatcher.answer(ask('basic-living', '水管漏水了，饭都做不成'), 3);
    expect(answer.results[0]?.resource.id).toBe('repair-team');
  });
});
