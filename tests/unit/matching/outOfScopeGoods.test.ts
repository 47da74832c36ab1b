// Goods, accounts and papers other offices handle (outOfScopeGoods.ts and the forms beside it):
// each goes to staff, and the in-scope needs that share their words stay with their services.
import { describe, expect, it } from 'vitest';
import type { CategoryId } from '../../../contract/community.js';
import { ask, demoMatcher } from './demoMatcher.js';

const answered = (category: CategoryId, text: string) => demoMatcher.answer(ask(category, text), 3);

describe('goods and papers of other offices', () => {
  it.each<[string, CategoryId, string]>([
    ['clothes made to order', 'social-cultural', '合唱团的演出服想定做几套'],
    ['a computer that will not start', 'education-employment', '家里的电脑黑屏了'],
    ['a phone plan used up', 'education-employment', '这个月话费又超了'],
    ['an exam for a certificate', 'education-employment', '闺女想过六级'],
    ['papers for Hong Kong', 'education-employment', '港澳通行证过期了'],
    ['another canteen', 'basic-living', '学校食堂的菜不好吃'],
    ['a meter bought that measures wrong', 'health-medical', '网上买的电子秤称得不准'],
    ['which model', 'basic-living', '洗衣机哪款省电'],
    ['redundancy pay, across a comma', 'education-employment', '厂里裁员了，补偿给多少'],
    ['a word of Latin and Han, as normalised', 'basic-living', '刚从4S店回来，车还是打不着火'],
  ])('%s: "%s" goes to staff', (_kind, category, text) => {
    expect(answered(category, text).outcome).toBe('for-staff');
  });

  it.each<[string, CategoryId, string, string]>([
    ['learning the computer', 'education-employment', '想学学用电脑打字', 'smartphone-class'],
    ['the community canteen', 'basic-living', '社区食堂中午几点开饭', 'meals-xfl-south'],
    [
      'help before an exam',
      'education-employment',
      '孙子要考六级，英语想找人辅导',
      'tutoring-volunteers',
    ],
  ])('%s: "%s" stays in scope', (_kind, category, text, first) => {
    const ids = answered(category, text).results.map((result) => result.resource.id);
    expect(ids).toContain(first);
  });
});
