// Small hand-made resources for ranking rules that the demo data would only show indirectly.
import type { CategoryId, OpeningHours, ServiceResource } from '../../../contract/community.js';

export const alwaysOpen: OpeningHours = { alwaysOpen: true, weekly: [] };
export const neverOpen: OpeningHours = { alwaysOpen: false, weekly: [] };

export function resource(
  id: string,
  overrides: Partial<ServiceResource> & { categories?: CategoryId[] } = {},
): ServiceResource {
  return {
    id,
    kind: 'team',
    name: { 'zh-CN': id, 'zh-TW': id, en: id },
    categories: ['basic-living'],
    keywords: ['维修', '水管'],
    gridId: null,
    address: { 'zh-CN': '幸福里路8号', 'zh-TW': '幸福里路8號', en: '8 Xingfuli Road' },
    location: null,
    phone: '010-65780000',
    capacity: null,
    hours: alwaysOpen,
    ...overrides,
  };
}
