// Shared by the matching tests: the demo community's matcher and fixed instants, so no test
// depends on the machine's clock or time zone.
import type { CategoryId } from '../../../contract/community.js';
import { demoCommunity } from '../../../demo/community/index.js';
import { createMatcher } from '../../../electron/services/matching/index.js';
import type { MatchQuery, ResourceMatch } from '../../../electron/services/matching/index.js';

export const demoMatcher = createMatcher({
  needs: demoCommunity.needs,
  resources: demoCommunity.resources,
  grids: demoCommunity.grids,
});

/** Wednesday 5 March 2025, 10:00 in Beijing: offices, clinics and most services are open. */
export const wednesdayMorning = new Date('2025-03-05T02:00:00Z');
/** Thursday 6 March 2025, 01:00 in Beijing: only the round-the-clock services answer. */
export const smallHours = new Date('2025-03-05T17:00:00Z');

export function ask(
  category: CategoryId,
  description: string,
  options: Partial<Omit<MatchQuery, 'category' | 'description'>> = {},
): MatchQuery {
  return {
    category,
    description,
    needId: null,
    gridId: null,
    at: wednesdayMorning,
    ...options,
  };
}

export function rankedIds(query: MatchQuery, limit = 5): string[] {
  return demoMatcher.match(query, limit).map((match) => match.resource.id);
}

export function byId(matches: ResourceMatch[], id: string): ResourceMatch | undefined {
  return matches.find((match) => match.resource.id === id);
}
