// The kiosk's own five need categories (source document §1.1) with the short titles and hints
// shown on the category buttons. They belong to the kiosk, not to any community: the demo
// community uses them, and so does the hotline-only directory of a kiosk with no directory yet.
import type { CategoryInfo, LocalizedText } from '../../../contract/index.js';

function lt(zhCN: string, zhTW: string, en: string): LocalizedText {
  return { 'zh-CN': zhCN, 'zh-TW': zhTW, en };
}

export const kioskCategories: CategoryInfo[] = [
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
