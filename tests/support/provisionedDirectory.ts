// A small, real-looking directory.json for a production kiosk in tests (向阳社区, not the demo
// community): the kiosk's five categories, two needs, one grid and one service point. Every
// name and number differs from the demo community's, so a scan for demo data finds nothing.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { CommunityData, LocalizedText } from '../../contract/index.js';
import { kioskCategories } from '../../electron/services/community/kioskCategories.js';

const lt = (zhCN: string, zhTW: string, en: string): LocalizedText => ({
  'zh-CN': zhCN,
  'zh-TW': zhTW,
  en,
});

export const provisionedDirectory: CommunityData = {
  centre: {
    name: lt('向阳社区服务中心', '向陽社區服務中心', 'Xiangyang Community Service Centre'),
    hotline: '12345',
    hoursText: lt('每天 8:00–18:00', '每天 8:00–18:00', 'Daily 8:00–18:00'),
    address: lt('向阳路1号', '向陽路1號', '1 Xiangyang Road'),
    hours: {
      alwaysOpen: false,
      weekly: [{ days: [0, 1, 2, 3, 4, 5, 6], open: '08:00', close: '18:00' }],
    },
  },
  categories: kioskCategories,
  needs: [
    {
      id: 'home-repair',
      category: 'basic-living',
      title: lt('上门维修', '上門維修', 'Repair at home'),
      description: lt(
        '家里东西坏了，请师傅上门。',
        '家裡東西壞了，請師傅上門。',
        'Something at home is broken; a repairer comes.',
      ),
      keywords: ['维修', 'repair'],
      urgentByDefault: false,
      atHome: true,
    },
    {
      id: 'home-visit',
      category: 'health-medical',
      title: lt('上门看望', '上門看望', 'Home visit'),
      description: lt(
        '请人上门看望老人。',
        '請人上門看望老人。',
        'Someone visits an older person.',
      ),
      keywords: ['看望', 'visit'],
      urgentByDefault: false,
      atHome: true,
    },
  ],
  grids: [
    {
      id: 'xy-1',
      name: lt('向阳第一网格', '向陽第一網格', 'Xiangyang Grid 1'),
      area: lt('向阳小区1–4号楼', '向陽小區1–4號樓', 'Xiangyang Estate, Buildings 1–4'),
      addressKeywords: ['向阳小区'],
      worker: { name: '赵明', phone: '13000000001' },
    },
  ],
  resources: [
    {
      id: 'xy-property',
      kind: 'service-point',
      name: lt('向阳物业服务站', '向陽物業服務站', 'Xiangyang Property Office'),
      categories: ['basic-living'],
      keywords: ['维修', '物业', 'repair'],
      gridId: 'xy-1',
      address: lt('向阳路1号一层', '向陽路1號一層', 'Ground floor, 1 Xiangyang Road'),
      location: null,
      phone: '010-50000001',
      capacity: null,
      hours: {
        alwaysOpen: false,
        weekly: [{ days: [1, 2, 3, 4, 5], open: '08:00', close: '17:00' }],
      },
    },
  ],
};

/** Writes directory.json into a kiosk's data dir (before the kiosk starts). */
export function provisionDirectory(dataDir: string): void {
  writeFileSync(join(dataDir, 'directory.json'), JSON.stringify(provisionedDirectory));
}
