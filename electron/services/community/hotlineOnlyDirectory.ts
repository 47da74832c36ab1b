// The directory a kiosk outside demo mode stands on when it has neither the centre's directory
// nor a provisioned directory.json: the five categories (the kiosk's own labels), no common
// needs, no resources, and one grid whose contact is the centre's hotline. Residents can still
// ask under "something else" and call the centre; staff are told why (getKioskInfo, the log).
import type { CommunityData, LocalizedText } from '../../../contract/index.js';
import { kioskCategories } from './kioskCategories.js';

const same = (text: string): LocalizedText => ({ 'zh-CN': text, 'zh-TW': text, en: text });

export function hotlineOnlyDirectory(centre: {
  communityName: string;
  hotline: string;
}): CommunityData {
  const name = same(centre.communityName);
  return {
    centre: {
      name,
      hotline: centre.hotline,
      hoursText: same(centre.hotline),
      address: name,
      hours: { alwaysOpen: true, weekly: [] },
    },
    categories: kioskCategories,
    needs: [],
    grids: [
      {
        id: 'centre',
        name,
        area: name,
        addressKeywords: [centre.communityName],
        worker: { name: centre.communityName, phone: centre.hotline },
      },
    ],
    resources: [],
  };
}
