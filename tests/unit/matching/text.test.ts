// Word handling: the segmenter plus a vocabulary scan for the words it splits, light English
// stemming, phrases, stop words and full-width text.
import { describe, expect, it } from 'vitest';
import { stem } from '../../../electron/services/matching/english.js';
import {
  Vocabulary,
  canonicalTerm,
  extractTerms,
  normalise,
} from '../../../electron/services/matching/text.js';
import { demoMatcher } from './demoMatcher.js';

function vocabulary(...terms: string[]): Vocabulary {
  const result = new Vocabulary();
  for (const term of terms) result.add(canonicalTerm(term));
  return result;
}

const terms = (text: string, known: Vocabulary = vocabulary()) => [
  ...extractTerms(text, known).keys(),
];

describe('extractTerms', () => {
  it('keeps the segmenter’s Chinese words and drops single characters and fillers', () => {
    const found = terms('家里水管漏水,需要紧急维修');
    expect(found).toEqual(expect.arrayContaining(['水管', '漏水', '紧急', '维修']));
    expect(found).not.toContain('需要');
    expect(found).not.toContain('家里');
  });

  it('finds known words the segmenter splits (渗|水, 走|丢, 燃|气)', () => {
    const known = vocabulary('渗水', '走丢', '燃气');
    expect(terms('楼上渗水到我家', known)).toContain('渗水');
    expect(terms('老人走丢了', known)).toContain('走丢');
    expect(terms('家里燃气有味道', known)).toContain('燃气');
    expect(terms('楼上渗水到我家')).not.toContain('渗水');
  });

  it('stems English words and drops stop words', () => {
    const found = terms('My pipes are LEAKING');
    expect(found).toEqual(expect.arrayContaining(['pipe', 'leak']));
    expect(found).not.toContain('my');
    expect(found).not.toContain('are');
  });

  it('finds known English phrases, across hyphens but not across punctuation', () => {
    const known = vocabulary('cannot get up', 'blood pressure');
    expect(terms('He fell and cannot get up', known)).toContain('cannot get up');
    expect(terms("He can't get up", vocabulary("can't get up"))).toContain('cant get up');
    expect(terms('check my blood-pressure', known)).toContain(canonicalTerm('blood pressure'));
    expect(terms('blood, pressure', known)).not.toContain(canonicalTerm('blood pressure'));
  });

  it('folds full-width letters and keeps the written form for display', () => {
    const found = extractTerms('ＰＩＰＥＳ leaking', vocabulary());
    expect(found.get('pipe')).toBe('pipes');
    expect(found.get('leak')).toBe('leaking');
  });

  it('ignores bare numbers', () => {
    expect(terms('3号楼 501')).not.toContain('501');
  });
});

describe('stem', () => {
  it.each([
    ['leaking', 'leak'],
    ['leaks', 'leak'],
    ['leaked', 'leak'],
    ['pipes', 'pipe'],
    ['clogged', 'clog'],
    ['falling', 'fall'],
    ['bleeding', 'bleed'],
    ['classes', 'class'],
    ['parties', 'party'],
  ])('%s → %s', (word, expected) => {
    expect(stem(word)).toBe(expected);
  });

  it('brings "nurse" and "nursing", "dance" and "dancing" together', () => {
    expect(stem('nursing')).toBe(stem('nurse'));
    expect(stem('dancing')).toBe(stem('dances'));
  });
});

describe('English forms and spellings', () => {
  it('meets irregular forms and American words on one stem', () => {
    expect(stem('broke')).toBe(stem('break'));
    expect(stem('broken')).toBe(stem('breaking'));
    expect(stem('fell')).toBe(stem('falls'));
    expect(stem('elevator')).toBe(stem('lift'));
    expect(stem('neighbor')).toBe(stem('neighbours'));
    expect(stem('daycare')).toBe(canonicalTerm('day care'));
    expect(stem('went')).toBe(stem('going'));
    expect(stem('threw')).toBe(stem('throwing'));
    expect(stem('alzheimers')).toBe(stem('dementia'));
    expect(canonicalTerm('taichi')).toBe(canonicalTerm('tai chi'));
  });

  it('reads a phrase through its words’ forms: "power went out" is "power goes out"', () => {
    expect(canonicalTerm('power went out')).toBe(canonicalTerm('power goes out'));
    expect(normalise('toliet leeking, need plummer')).toBe('toilet leaking, need plumber');
  });

  it('puts slips in danger words right, so the emergency offer still shows', () => {
    expect(demoMatcher.danger('he is having a heart atack', null)?.kinds).toContain('medical');
    expect(demoMatcher.danger('my grandma falled down', null)?.kinds).toContain('fall');
    expect(demoMatcher.danger('old man collasped on the stairs', null)?.kinds).toContain('medical');
  });

  it('reads an English word inside Chinese between spaces', () => {
    expect(normalise('我妈faint了')).toBe('我妈 faint 了');
    expect(demoMatcher.danger('我妈faint了', null)?.kinds).toContain('medical');
  });

  it('puts common misspellings right in the text, for the danger reader too', () => {
    expect(normalise('Elevater broken, need a docter')).toBe('elevator broken, need a doctor');
    expect(demoMatcher.danger('my grandma colapsed in the kitchen', null)?.kinds).toContain(
      'medical',
    );
  });
});

// Written fresh for this test (not taken from the labelled needs).
describe('a lone English word in a Chinese sentence', () => {
  it('reads as the Chinese word it stands for, a run of English words as written', () => {
    expect(normalise('想找人chat一下')).toBe('想找人聊天一下');
    expect(normalise('电梯坏了，要个nurse上门')).toBe('电梯坏了,要个护士上门');
    expect(normalise('想找个part-time job')).toBe('想找个 part-time job');
    expect(normalise('I need a doctor')).toBe('i need a doctor');
    expect(normalise('楼上noise很大')).toBe('楼上噪音很大');
  });
});
