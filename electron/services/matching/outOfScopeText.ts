// The text an out-of-scope reading looks at: the need with every stretch blanked that only looks
// like something no service does (a pet's noise, money used for an in-scope ask, a business's or
// a community place's hours, a workplace, a job wished for, a phone to put on the wifi). One
// place, so the matcher and the script that names each reading
// (tests/bench/matchingOutOfScopeReasons.ts) cannot drift apart.
import { businessOpening, communityPlaceHours, jobWish, workplace } from './clauseRules.js';
import { deviceOnWifi } from './fragmentReadings.js';
import { inScopeUses, moneyProducts, petNoise } from './outOfScope.js';
import { withoutInScopeSenses } from './outOfScopeSenses.js';

export function textForOutOfScope(fullText: string): string {
  return withoutInScopeSenses(fullText)
    .replace(petNoise, ' ')
    .replace(inScopeUses, (stretch) => (moneyProducts.test(stretch) ? stretch : ' '))
    .replace(businessOpening, ' ')
    .replace(workplace, ' ')
    .replace(jobWish, ' ')
    .replace(communityPlaceHours, ' ')
    .replace(deviceOnWifi, ' ');
}
