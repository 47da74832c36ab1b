// The demo community must be valid contract data, rich enough for the kiosk's journeys, and
// internally consistent (references resolve, ids are unique), with no ID number anywhere.
import { describe, expect, it } from 'vitest';
import { CommunityData, categoryIds } from '../../../contract/community.js';
import { demoCommunity } from '../../../demo/community/index.js';

const data = demoCommunity;
const hanName = /^\p{Script=Han}{2,4}$/u;
const mobile = /^1[3-9]\d{9}$/;
const landline = /^0\d{2,3}-\d{7,8}$/;

function duplicates(ids: string[]): string[] {
  return ids.filter((id, index) => ids.indexOf(id) !== index);
}

describe('demo community data', () => {
  it('is valid CommunityData', () => {
    expect(CommunityData.parse(data)).toEqual(data);
  });

  it('meets the minimums: 6 needs per category, 6 grids, 25 resources', () => {
    for (const category of categoryIds) {
      expect(
        data.needs.filter((need) => need.category === category).length,
        category,
      ).toBeGreaterThanOrEqual(6);
    }
    expect(data.grids.length).toBeGreaterThanOrEqual(6);
    expect(data.resources.length).toBeGreaterThanOrEqual(25);
  });

  it('has unique ids for needs, grids and resources', () => {
    expect(duplicates(data.needs.map((need) => need.id))).toEqual([]);
    expect(duplicates(data.grids.map((grid) => grid.id))).toEqual([]);
    expect(duplicates(data.resources.map((resource) => resource.id))).toEqual([]);
  });

  it('describes each of the five categories once', () => {
    expect(data.categories.map((category) => category.id).sort()).toEqual([...categoryIds].sort());
  });

  it('files every need under a known category and every resource under known categories and grids', () => {
    const categories = new Set(data.categories.map((category) => category.id));
    const grids = new Set(data.grids.map((grid) => grid.id));
    for (const need of data.needs) expect(categories.has(need.category), need.id).toBe(true);
    for (const resource of data.resources) {
      for (const category of resource.categories) {
        expect(categories.has(category), resource.id).toBe(true);
      }
      if (resource.gridId !== null) expect(grids.has(resource.gridId), resource.id).toBe(true);
    }
  });

  it('has resources for every category, both grid-bound and community-wide', () => {
    for (const category of categoryIds) {
      expect(
        data.resources.some((resource) => resource.categories.includes(category)),
        category,
      ).toBe(true);
    }
    expect(data.resources.some((resource) => resource.gridId === null)).toBe(true);
    expect(data.resources.some((resource) => resource.gridId !== null)).toBe(true);
  });

  it('has full resources, round-the-clock resources and weekday-only resources', () => {
    const full = data.resources.filter(
      (resource) =>
        resource.capacity !== null && resource.capacity.inUse >= resource.capacity.limit,
    );
    expect(full.length).toBeGreaterThan(0);
    expect(data.resources.some((resource) => resource.hours.alwaysOpen)).toBe(true);
    const weekdayOnly = data.resources.filter(
      (resource) =>
        !resource.hours.alwaysOpen &&
        resource.hours.weekly.every((slot) => slot.days.every((day) => day >= 1 && day <= 5)),
    );
    expect(weekdayOnly.length).toBeGreaterThan(0);
    // The emergency team and the repair line must answer at night.
    for (const id of ['emergency-team', 'repair-team', 'fire-station', 'police-room']) {
      expect(data.resources.find((resource) => resource.id === id)?.hours.alwaysOpen, id).toBe(
        true,
      );
    }
  });

  it('keeps capacities coherent: in use never above the limit', () => {
    for (const resource of data.resources) {
      if (resource.capacity) {
        expect(resource.capacity.inUse, resource.id).toBeLessThanOrEqual(resource.capacity.limit);
      }
    }
  });

  it('gives each grid a worker with a Chinese name and a mobile number', () => {
    for (const grid of data.grids) {
      expect(grid.worker.name, grid.id).toMatch(hanName);
      expect(grid.worker.phone, grid.id).toMatch(mobile);
    }
  });

  it('gives every phone a mainland landline or mobile shape', () => {
    const phones = [
      data.centre.hotline,
      ...data.grids.map((grid) => grid.worker.phone),
      ...data.resources.map((resource) => resource.phone),
    ];
    for (const phone of phones)
      expect(phone).toMatch(new RegExp(`${landline.source}|${mobile.source}`));
  });

  it('gives every need Chinese and English keywords and a one-line description', () => {
    for (const need of data.needs) {
      expect(
        need.keywords.some((keyword) => /\p{Script=Han}/u.test(keyword)),
        need.id,
      ).toBe(true);
      expect(
        need.keywords.some((keyword) => /^[a-z -]+$/i.test(keyword)),
        need.id,
      ).toBe(true);
      for (const text of Object.values(need.description)) expect(text, need.id).not.toMatch(/\n/);
    }
  });

  it('marks as urgent what a person would treat as urgent, and only that', () => {
    const urgent = data.needs.filter((need) => need.urgentByDefault).map((need) => need.id);
    expect(urgent).toEqual(
      expect.arrayContaining(['pipe-leak', 'someone-fell', 'missing-elder', 'gas-leak']),
    );
    for (const calm of ['interest-groups', 'job-info', 'rubbish-removal', 'reading-room']) {
      expect(urgent).not.toContain(calm);
    }
  });

  it('writes zh-TW in traditional characters, not as a copy of zh-CN', () => {
    const texts = [
      demoCommunity.centre.name,
      demoCommunity.centre.address,
      demoCommunity.centre.hoursText,
      ...data.grids.flatMap((grid) => [grid.name, grid.area]),
      ...data.resources.map((resource) => resource.address),
      ...data.categories.flatMap((category) => [category.title, category.hint]),
      ...data.needs.flatMap((need) => [need.title, need.description]),
      ...data.resources.map((resource) => resource.name),
    ];
    // Simplified-only characters that appear in this data set's wording.
    const simplifiedOnly = new RegExp(
      `[${'务区电维护医疗药队业习学动兴组报应灾险烧岁长门楼号网们这个么车发时开关书画乐爱邻话说请导诊签约饭灯气热运证贷执创职课辅团馆难买银龄机视频线图阳园锦绣设东厅会纷纠调盗员逻积涝场广体检压测随访换针卧觉挂节欢联摄编织养剧戏条'}]`,
      'u',
    );
    const slips = texts.filter((text) => simplifiedOnly.test(text['zh-TW']));
    expect(slips.map((text) => text['zh-TW'])).toEqual([]);
  });

  it('contains no ID card number anywhere', () => {
    expect(JSON.stringify(data)).not.toMatch(/\d{17}[\dXx]/);
  });
});
