// The list of streets a resident picks from when the card's address fits no grid, or when they
// have no card: every street or estate the grids' address rules name, in directory order, each
// with the grids that cover part of it. A grid without rules (an older directory) is offered by
// its own area instead, so the list is never empty while there are grids. Each street is named in
// the screen's language (streetNames.ts).
import type { StreetChoice } from '../../../contract/contact.js';
import type { AddressRule, Grid } from '../../../contract/community.js';
import { streetName } from './streetNames.js';

const gridKeyPrefix = 'grid:';

export function streetList(grids: readonly Grid[]): StreetChoice[] {
  const choices = new Map<string, StreetChoice>();
  const allRules = grids.flatMap((grid) => grid.addressRules ?? []);
  for (const grid of grids) {
    const rules = grid.addressRules ?? [];
    if (rules.length === 0) {
      const key = `${gridKeyPrefix}${grid.id}`;
      choices.set(key, { key, name: grid.area, gridIds: [grid.id] });
    }
    for (const rule of rules) {
      const choice = choices.get(rule.street) ?? {
        key: rule.street,
        name: streetName(rule.street, allRules),
        gridIds: [],
      };
      if (!choice.gridIds.includes(grid.id)) choice.gridIds.push(grid.id);
      choices.set(rule.street, choice);
    }
  }
  return [...choices.values()];
}

/** The grids of a street from the list, each with the rules that give it its part of the street. */
export function gridsOfStreet(
  key: string,
  grids: readonly Grid[],
): { grid: Grid; rules: AddressRule[] }[] {
  if (key.startsWith(gridKeyPrefix)) {
    const grid = grids.find((g) => g.id === key.slice(gridKeyPrefix.length));
    return grid && (grid.addressRules ?? []).length === 0 ? [{ grid, rules: [] }] : [];
  }
  return grids.flatMap((grid) => {
    const rules = (grid.addressRules ?? []).filter((rule) => rule.street === key);
    return rules.length > 0 ? [{ grid, rules }] : [];
  });
}
