// The centre residents reach from the kiosk, and the five need categories of the source
// document (§1.1) with the short titles and hints shown on the category buttons.
import type { CategoryInfo, Centre } from '../../contract/community.js';
import { weekdays } from './hours.js';
import { lt } from './text.js';

export const demoCentre: Centre = {
  name: lt('幸福里社区服务中心', '幸福里社區服務中心', 'Xingfuli Community Service Centre'),
  hotline: '010-65781234',
  hoursText: lt(
    '周一至周五 8:30–12:00、13:30–17:30；周六 9:00–12:00；热线 24 小时',
    '週一至週五 8:30–12:00、13:30–17:30；週六 9:00–12:00；熱線 24 小時',
    'Mon–Fri 8:30–12:00 and 13:30–17:30; Sat 9:00–12:00; hotline 24 hours',
  ),
  address: lt(
    '北京市朝阳区幸福里路8号（幸福里小区6号楼旁）',
    '北京市朝陽區幸福里路8號（幸福里小區6號樓旁）',
    '8 Xingfuli Road, Chaoyang District, Beijing (next to Building 6, Xingfuli Estate)',
  ),
  hours: {
    alwaysOpen: false,
    weekly: [
      { days: weekdays, open: '08:30', close: '12:00' },
      { days: weekdays, open: '13:30', close: '17:30' },
      { days: [6], open: '09:00', close: '12:00' },
    ],
  },
};

export const demoCategories: CategoryInfo[] = [
  {
    id: 'basic-living',
    title: lt('生活服务', '生活服務', 'Daily living'),
    hint: lt(
      '水电维修、垃圾、物业、吃饭',
      '水電維修、垃圾、物業、吃飯',
      'Repairs, rubbish, building, meals',
    ),
  },
  {
    id: 'health-medical',
    title: lt('看病护理', '看病護理', 'Health'),
    hint: lt(
      '看病、护理、陪同就医、心里烦',
      '看病、護理、陪同就醫、心裡煩',
      'Doctor, nursing, hospital visits, worries',
    ),
  },
  {
    id: 'education-employment',
    title: lt('学习就业', '學習就業', 'Learning and jobs'),
    hint: lt(
      '学技能、找工作、孩子辅导、学手机',
      '學技能、找工作、孩子輔導、學手機',
      'Skills, jobs, homework help, phones',
    ),
  },
  {
    id: 'social-cultural',
    title: lt('文体活动', '文體活動', 'Activities'),
    hint: lt(
      '活动、兴趣小组、老年大学、有人陪',
      '活動、興趣小組、老年大學、有人陪',
      'Events, hobby groups, classes, company',
    ),
  },
  {
    id: 'safety-emergency',
    title: lt('安全应急', '安全應急', 'Safety'),
    hint: lt(
      '有人摔倒、走失、火灾隐患、治安',
      '有人摔倒、走失、火災隱患、治安',
      'Falls, missing people, fire risks, crime',
    ),
  },
];
