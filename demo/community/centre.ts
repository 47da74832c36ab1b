// The demo centre residents reach from the kiosk (invented), and the kiosk's own five categories.
import type { CategoryInfo, Centre } from '../../contract/community.js';
import { kioskCategories } from '../../electron/services/community/kioskCategories.js';
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

/** The kiosk's own categories: the demo community offers all five. */
export const demoCategories: CategoryInfo[] = kioskCategories;
