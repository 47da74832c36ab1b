// Which part of a street a grid covers, in words: "和平路 1–49号（单号）", "幸福里小区 1–6号楼",
// "建设东街全部". From the grid's address rules, the data the kiosk placed the address by; the
// street as `street` names it in the screen's language (its English name on the English screen).
import type { TFunction } from 'i18next';
import type { ContactRule } from '../../../contract/index.js';

export function ruleWords(t: TFunction, rule: ContactRule, street: string): string {
  const { numbers, buildings } = rule;
  const parts: string[] = [];
  if (numbers) {
    const side =
      numbers.side === 'odd'
        ? t('contact.rule.odd')
        : numbers.side === 'even'
          ? t('contact.rule.even')
          : '';
    const run =
      numbers.from === numbers.to
        ? t('contact.rule.number', { street, from: numbers.from })
        : t('contact.rule.numbers', { street, from: numbers.from, to: numbers.to });
    parts.push(`${run}${side}`);
  }
  if (buildings) {
    const run = t('contact.rule.buildings', { from: buildings.from, to: buildings.to });
    parts.push(numbers ? run : `${street} ${run}`);
  }
  return parts.length > 0 ? parts.join(' ') : t('contact.rule.whole', { street });
}
