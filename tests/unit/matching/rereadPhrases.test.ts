// A phrase that holds another group's word is the phrase's (grownSynonymsEverydayFifth.ts), and
// a clause that only voices a fear or judges the story is not the ask (queryFeatures.ts).
import { describe, expect, it } from 'vitest';
import { ask, demoMatcher } from './demoMatcher.js';

const firstShown = (...args: Parameters<typeof ask>) =>
  demoMatcher.answer(ask(...args), 3).results[0]?.resource.id;

describe('a phrase rereads the word inside it', () => {
  it('a light out in the lift or the stairwell is the building’s, not the wiring', () => {
    expect(firstShown('basic-living', '电梯里的灯不亮')).toMatch(/^property-/);
    expect(firstShown('basic-living', '楼梯的灯坏了')).toMatch(/^property-/);
    expect(firstShown('basic-living', '家里的灯不亮')).toBe('repair-team');
  });

  it('a doctor coming home is the family doctor’s; a doctor alone the health station’s', () => {
    expect(firstShown('health-medical', '想让大夫上家里来瞧瞧')).toBe('family-doctor-team');
    expect(firstShown('health-medical', '想找个大夫看看')).toBe('health-station');
  });

  it('pills named by their illness are the pharmacy’s', () => {
    expect(firstShown('health-medical', '高血压的药吃完了，想有人送过来')).toBe('pharmacy');
    expect(
      firstShown('health-medical', 'can someone bring my blood pressure pills to my home'),
    ).toBe('pharmacy');
  });

  it('one’s own door lock is a fix, not the property office', () => {
    expect(firstShown('basic-living', '有人能帮我换个门锁吗')).not.toMatch(/^property-/);
    expect(firstShown('basic-living', '单元门锁坏了')).toMatch(/^property-/);
  });
});

describe('a fear or a judgement is the story, not the ask', () => {
  it('ranks by what is broken, not by what is feared', () => {
    expect(firstShown('basic-living', '楼道灯不亮，怕老人摔倒')).toMatch(/^property-/);
    expect(firstShown('safety-emergency', '电动车在楼道充电，太危险了')).toBe('fire-station');
  });

  it('leaves a fear in the story when another clause asks', () => {
    expect(firstShown('basic-living', '暖气片冰凉，怕老人冻着，想找人来看看')).toBe(
      'gas-heating-station',
    );
  });
});

describe('a hospital or a doctor in the story is not the ask (issue 15, the twenty-fifth batch)', () => {
  it('a hospital too far away is why the doctor should come home', () => {
    expect(firstShown('health-medical', '医院离得太远，我这腿走不动，能请医生上门吗')).toBe(
      'family-doctor-team',
    );
  });

  it('what a doctor told the resident to do is the story', () => {
    expect(firstShown('health-medical', '大夫说伤口要天天换药，我自己弄不了')).toBe('home-nursing');
  });
});
