// The demo community the kiosk ships with (幸福里社区, Chaoyang District, Beijing): one
// CommunityData value, seeded into the database on first start and replaceable by the centre's
// platform. Every name, address and phone number in it is invented.
import type { CommunityData } from '../../contract/community.js';
import { demoCategories, demoCentre } from './centre.js';
import { demoGrids } from './grids.js';
import { demoNeeds } from './needs.js';
import { demoResources } from './resources/index.js';

export const demoCommunity: CommunityData = {
  centre: demoCentre,
  categories: demoCategories,
  needs: demoNeeds,
  grids: demoGrids,
  resources: demoResources,
};
