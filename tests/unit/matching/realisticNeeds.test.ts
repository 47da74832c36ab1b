// Needs residents actually bring to the lobby, in Chinese and English, each with the answer a
// person at the front desk would give. `top` must rank first; `inTop3` must all be in the first
// three (used where two services are equally right).
import type { CategoryId } from '../../../contract/community.js';
import { describe, expect, it } from 'vitest';
import { ask, rankedIds } from './demoMatcher.js';

interface Case {
  category: CategoryId;
  description: string;
  gridId?: string;
  top?: string;
  inTop3?: string[];
}

const cases: Case[] = [
  // 生活服务
  { category: 'basic-living', description: '厨房下水道堵了，水漫出来', top: 'repair-team' },
  { category: 'basic-living', description: 'The toilet is blocked', top: 'repair-team' },
  {
    category: 'basic-living',
    description: 'Water is leaking from the ceiling',
    top: 'repair-team',
  },
  { category: 'basic-living', description: '家里突然停电了,插座都没电', top: 'repair-team' },
  { category: 'basic-living', description: '垃圾很久没人清运,楼下很臭', top: 'rubbish-team' },
  { category: 'basic-living', description: '家里有个旧沙发要扔', top: 'rubbish-team' },
  {
    category: 'basic-living',
    description: '暖气不热,家里很冷',
    gridId: 'yangguang',
    top: 'gas-heating-station',
  },
  {
    category: 'basic-living',
    description: '电梯坏了,老人下不了楼',
    gridId: 'xfl-south',
    top: 'property-xfl-south',
  },
  {
    category: 'basic-living',
    description: 'The lights in the stairwell are broken',
    gridId: 'jinxiu',
    top: 'property-jinxiu',
  },
  {
    category: 'basic-living',
    description: 'My mother needs lunch delivered every day',
    gridId: 'xfl-south',
    top: 'meals-xfl-south',
  },
  // 看病护理
  { category: 'health-medical', description: '我妈妈有高血压,想定期量血压', top: 'health-station' },
  { category: 'health-medical', description: '老伴瘫痪在床,需要护士上门换药', top: 'home-nursing' },
  { category: 'health-medical', description: '最近心情不好,晚上睡不着', top: 'counselling-room' },
  {
    category: 'health-medical',
    description: '腿脚不便,想请人陪我去医院复查',
    top: 'escort-volunteers',
  },
  { category: 'health-medical', description: 'I need my medicine delivered', top: 'pharmacy' },
  { category: 'health-medical', description: '想签约家庭医生', top: 'family-doctor-team' },
  // 学习就业
  { category: 'education-employment', description: '想学用智能手机', top: 'smartphone-class' },
  { category: 'education-employment', description: '失业了,想找份工作', top: 'employment-station' },
  {
    category: 'education-employment',
    description: 'I want to learn a skill and get a certificate',
    top: 'skills-school',
  },
  {
    category: 'education-employment',
    description: '孩子放学后没人辅导作业',
    inTop3: ['homework-club', 'tutoring-volunteers'],
  },
  {
    category: 'education-employment',
    description: 'I want to open a small shop',
    top: 'startup-mentors',
  },
  {
    category: 'education-employment',
    description: '想学微信视频通话,和孙子视频',
    top: 'smartphone-class',
  },
  // 文体活动
  { category: 'social-cultural', description: '想报名老年大学学书法', top: 'elder-university' },
  { category: 'social-cultural', description: '想参加广场舞', top: 'culture-centre' },
  {
    category: 'social-cultural',
    description: 'Where can I play chess with other old people?',
    gridId: 'xfl-north',
    top: 'activity-room-xfl-north',
  },
  {
    category: 'social-cultural',
    description: 'I live alone and feel lonely, I would like someone to visit and chat',
    top: 'companion-volunteers',
  },
  { category: 'social-cultural', description: '想当志愿者帮助别人', top: 'volunteer-station' },
  {
    category: 'social-cultural',
    description: '想学打太极拳',
    gridId: 'yangguang',
    top: 'fitness-square-yangguang',
  },
  // 安全应急
  {
    category: 'safety-emergency',
    description: 'my father fell and cannot get up',
    top: 'emergency-team',
  },
  {
    category: 'safety-emergency',
    description: '我妈在卫生间滑倒了,站不起来',
    top: 'emergency-team',
  },
  {
    category: 'safety-emergency',
    description: '楼道里堆了杂物有火灾隐患',
    inTop3: ['fire-station'],
  },
  {
    category: 'safety-emergency',
    description: 'There is a smell of gas in my kitchen',
    top: 'gas-heating-station',
  },
  {
    category: 'safety-emergency',
    description: '我爸爸有老年痴呆,早上出门到现在还没回来',
    inTop3: ['missing-search-team', 'police-room'],
  },
  { category: 'safety-emergency', description: '家里门锁被撬了,丢了东西', top: 'police-room' },
  {
    category: 'safety-emergency',
    description: 'There is a stranger hanging around our building at night',
    inTop3: ['police-room', 'patrol-volunteers'],
  },
  {
    category: 'safety-emergency',
    description: '楼上装修噪音太大,和邻居吵起来了',
    top: 'mediation-room',
  },
  {
    category: 'safety-emergency',
    description: '下暴雨了,楼门口积水很深',
    top: 'disaster-supplies',
  },
  {
    category: 'safety-emergency',
    description: '有人在楼道里给电动车飞线充电',
    inTop3: ['fire-station'],
  },
  // 心里 ("in my heart") voices the worry behind a need; it is no typo of 心理 (counselling).
  {
    category: 'basic-living',
    description: '小区的路灯坏了，晚上走道心里没底',
    gridId: 'jinxiu',
    top: 'property-jinxiu',
  },
  {
    category: 'health-medical',
    description: '心里压力特别大，想找人聊聊',
    top: 'counselling-room',
  },
  { category: 'health-medical', description: '想看看心理医生', top: 'counselling-room' },
];

describe('realistic needs reach the service a person would expect', () => {
  it('covers every category with both Chinese and English needs', () => {
    expect(cases.length).toBeGreaterThanOrEqual(20);
    expect(new Set(cases.map((c) => c.category)).size).toBe(5);
    expect(cases.some((c) => /\p{Script=Han}/u.test(c.description))).toBe(true);
    expect(cases.some((c) => /^[\x20-\x7e]+$/.test(c.description))).toBe(true);
  });

  it.each(cases)('$category: $description', ({ category, description, gridId, top, inTop3 }) => {
    const ids = rankedIds(ask(category, description, { gridId: gridId ?? null }));
    if (top) expect(ids[0]).toBe(top);
    for (const id of inTop3 ?? []) expect(ids.slice(0, 3)).toContain(id);
  });
});
