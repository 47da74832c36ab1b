// The demo community's names and phone numbers, as a production kiosk's screens must never show
// them: every centre, grid, grid worker and service name (in all three languages) and every
// phone number in demo/community.
import { demoCommunity } from '../../demo/community/index.js';

export function demoFingerprints(): string[] {
  const { centre, grids, resources } = demoCommunity;
  const texts = [centre.name, ...grids.map((grid) => grid.name), ...resources.map((r) => r.name)];
  const found = new Set<string>([
    centre.hotline,
    ...texts.flatMap((text) => Object.values(text)),
    ...grids.flatMap((grid) => [grid.worker.name, grid.worker.phone]),
    ...resources.map((resource) => resource.phone),
  ]);
  return [...found];
}
