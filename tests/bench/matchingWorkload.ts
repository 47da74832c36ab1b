// The 10,000-resource workload of the matching bench: synthetic resources and queries drawn from
// the demo community's words, grids and hours by a seeded generator, so every run (the timed bench
// and the instruction count of matchingInstructions.ts) does the same work on the same data.
import type { CategoryId, OpeningHours, ServiceResource } from '../../contract/community.js';
import { categoryIds } from '../../contract/community.js';
import { demoCommunity } from '../../demo/community/index.js';
import { defaultSynonyms } from '../../electron/services/matching/index.js';
import type { MatchQuery, SynonymGroup } from '../../electron/services/matching/index.js';
import { seededRandom } from '../support/seededRandom.js';

/** The synonym groups the resources' keywords are drawn from (the matcher's own by default). */
export type SynonymSource = Readonly<Record<CategoryId, readonly SynonymGroup[]>>;

export const resourceCount = 10_000;
export const queryCount = 400;
export const warmUpQueries = 200;

type Random = () => number;
const pick = <T>(random: Random, items: readonly T[]): T => {
  const item = items[Math.floor(random() * items.length)];
  if (item === undefined) throw new Error('pick from an empty list');
  return item;
};

function keywordPools(synonyms: SynonymSource): Map<CategoryId, string[]> {
  const pools = new Map<CategoryId, string[]>();
  for (const category of categoryIds) {
    const words = new Set<string>();
    for (const resource of demoCommunity.resources) {
      if (resource.categories.includes(category)) resource.keywords.forEach((k) => words.add(k));
    }
    for (const group of synonyms[category]) group.terms.forEach((t) => words.add(t));
    pools.set(category, [...words]);
  }
  return pools;
}

const hourPatterns: OpeningHours[] = [
  { alwaysOpen: true, weekly: [] },
  ...demoCommunity.resources.map((resource) => resource.hours),
  { alwaysOpen: false, weekly: [{ days: [5, 6], open: '20:00', close: '02:00' }] },
];

export function syntheticResources(
  random: Random,
  synonyms: SynonymSource = defaultSynonyms,
): ServiceResource[] {
  const pools = keywordPools(synonyms);
  const gridIds = demoCommunity.grids.map((grid) => grid.id);
  const resources: ServiceResource[] = [];
  for (let n = 0; n < resourceCount; n += 1) {
    const primary = pick(random, categoryIds);
    const categories: CategoryId[] = [primary];
    if (random() < 0.25) {
      const secondary = pick(random, categoryIds);
      if (secondary !== primary) categories.push(secondary);
    }
    const keywords = new Set<string>();
    const wanted = 3 + Math.floor(random() * 6);
    while (keywords.size < wanted) keywords.add(pick(random, pools.get(primary) ?? []));
    const limit = 5 + Math.floor(random() * 46);
    const name = `合成服务点${n}`;
    resources.push({
      id: `syn-${String(n).padStart(5, '0')}`,
      kind: pick(random, ['service-point', 'team', 'volunteer', 'organisation'] as const),
      name: { 'zh-CN': name, 'zh-TW': name, en: `Synthetic service ${n}` },
      categories,
      keywords: [...keywords],
      gridId: random() < 0.4 ? null : pick(random, gridIds),
      address: { 'zh-CN': '幸福里路8号', 'zh-TW': '幸福里路8號', en: '8 Xingfuli Road' },
      location: null,
      phone: '010-65780000',
      capacity: random() < 0.5 ? null : { limit, inUse: Math.floor(random() * (limit + 1)) },
      hours: pick(random, hourPatterns),
    });
  }
  return resources;
}

const descriptions = [
  '家里水管漏水,需要紧急维修',
  '老人需要定期体检和慢性病管理',
  '年轻人想找工作,需要职业培训',
  '厨房下水道堵了,水漫出来',
  'The toilet is blocked',
  '垃圾很久没人清运,楼下很臭',
  '暖气不热,家里很冷',
  '电梯坏了,老人下不了楼',
  '我妈妈有高血压,想定期量血压',
  '老伴瘫痪在床,需要护士上门换药',
  '最近心情不好,晚上睡不着',
  'I need my medicine delivered',
  '想学用智能手机',
  '孩子放学后没人辅导作业',
  'I want to learn a skill and get a certificate',
  '想报名老年大学学书法',
  'Where can I play chess with other old people?',
  'I live alone and feel lonely, I would like someone to visit and chat',
  'my father fell and cannot get up',
  '楼道里堆了杂物有火灾隐患',
  '我爸爸有老年痴呆,早上出门到现在还没回来',
  'There is a stranger hanging around our building at night',
  '下暴雨了,楼门口积水很深',
  '楼上装修噪音太大,和邻居吵起来了,希望社区能派人来调解一下,已经好几个月了',
];

export function syntheticQueries(random: Random): MatchQuery[] {
  const gridIds = demoCommunity.grids.map((grid) => grid.id);
  const week = Date.parse('2025-03-03T00:00:00+08:00');
  const queries: MatchQuery[] = [];
  for (let n = 0; n < queryCount + warmUpQueries; n += 1) {
    const category = pick(random, categoryIds);
    const needs = demoCommunity.needs.filter((need) => need.category === category);
    queries.push({
      category,
      needId: random() < 0.5 ? pick(random, needs).id : null,
      description: random() < 0.75 ? pick(random, descriptions) : '',
      gridId: random() < 0.8 ? pick(random, gridIds) : null,
      at: new Date(week + Math.floor(random() * 7 * 24 * 60) * 60_000),
    });
  }
  return queries;
}

/** The bench's data: the resources, then the warm-up queries and the timed ones, in that order. */
export function benchWorkload(synonyms: SynonymSource = defaultSynonyms) {
  const random = seededRandom(20250305);
  const resources = syntheticResources(random, synonyms);
  const all = syntheticQueries(random);
  return { resources, warmUp: all.slice(0, warmUpQueries), queries: all.slice(warmUpQueries) };
}
