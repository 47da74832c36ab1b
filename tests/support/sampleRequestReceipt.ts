// A realistic request receipt for tests and benchmarks that need one without running intake.
import type { Language } from '../../contract/index.js';
import { buildRequestReceipt } from '../../electron/services/receipts/requestReceipt.js';

const text = (zh: string, tw: string, en: string) => ({ 'zh-CN': zh, 'zh-TW': tw, en });

export function sampleRequestReceipt(language: Language = 'zh-CN') {
  return buildRequestReceipt({
    request: {
      ticket: 'A03-1128-0042',
      lookupCode: 'A03-20261128-0042',
      createdAt: '2026-11-28T01:30:00.000Z',
      category: 'basic-living',
      need: { id: 'pipe-leak', title: text('管道漏水维修', '管道漏水維修', 'Leaking pipe repair') },
      urgency: 'urgent',
      emergency: false,
      maskedName: '张*明',
      matches: [1, 2, 3].map((n) => ({
        id: `r${n}`,
        name: text(`幸福里物业维修队${n}组`, `幸福里物業維修隊${n}組`, `Xingfuli repair team ${n}`),
        address: text(
          `幸福里小区${n}号楼一层`,
          `幸福里小區${n}號樓一層`,
          `Ground floor, building ${n}`,
        ),
        phone: `010-6512-34${n}0`,
        openNow: true,
      })),
      gridContact: {
        gridName: text('第三网格', '第三網格', 'Grid 3'),
        workerName: '李红梅',
        phone: '13911112222',
      },
      hotline: '010-6512-3456',
    },
    categoryTitle: { 'zh-CN': '基本生活', 'zh-TW': '基本生活', en: 'Basic living' }[language],
    centreName: {
      'zh-CN': '幸福里社区服务中心',
      'zh-TW': '幸福里社區服務中心',
      en: 'Xingfuli Community Centre',
    }[language],
    language,
    localTime: '2026-11-28 09:30',
  });
}
