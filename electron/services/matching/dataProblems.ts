// Inconsistencies in community data that the matcher survives but the loader should log.
import type { MatcherInput } from './types.js';

/**
 * Inconsistencies that do not stop matching (a kiosk must keep answering when the platform sends
 * odd data) but that whoever loads the data should log: duplicates make ties by id ambiguous, an
 * unknown grid makes a resource count as "another grid" for everybody.
 */
export function dataProblems(input: MatcherInput): string[] {
  const problems: string[] = [];
  const seen = new Set<string>();
  for (const resource of input.resources) {
    if (seen.has(resource.id)) problems.push(`duplicate resource id "${resource.id}"`);
    seen.add(resource.id);
  }
  const needIds = new Set<string>();
  for (const need of input.needs) {
    if (needIds.has(need.id)) problems.push(`duplicate need id "${need.id}"`);
    needIds.add(need.id);
  }
  if (input.grids) {
    const gridIds = new Set(input.grids.map((grid) => grid.id));
    for (const resource of input.resources) {
      if (resource.gridId !== null && !gridIds.has(resource.gridId)) {
        problems.push(`resource "${resource.id}" names unknown grid "${resource.gridId}"`);
      }
    }
  }
  return problems;
}
