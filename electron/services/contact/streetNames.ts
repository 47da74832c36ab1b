// A street's name in each language of the screen, from the grids' address rules. The rules write
// the street in Simplified Chinese, as the ID card prints it; Traditional Chinese is converted
// from it here in the main process with opencc-js, as the community's name is (communityNames.ts),
// unless a rule gives it (streetTw: the conversion is character by character, and 幸福里 must not
// become 幸福裡); English is the rule's streetEn, the name the centre's signs use. A street no rule gives an
// English name keeps its Chinese name on the English screen: made-up pinyin would be a name
// nobody at the centre uses.
import { Converter } from 'opencc-js/cn2t';
import type { AddressRule, LocalizedText } from '../../../contract/community.js';

// Built on first use, not at start: the kiosk's start (also after a crash) does not wait for
// the tables of a street list nobody has opened yet.
let converter: ((text: string) => string) | undefined;
const toTraditional = (text: string) => (converter ??= Converter({ from: 'cn', to: 'tw' }))(text);

/** The name of `street`; each language from the first of `rules` (for that street) giving it. */
export function streetName(street: string, rules: readonly AddressRule[]): LocalizedText {
  const ofStreet = rules.filter((rule) => rule.street === street);
  const english = ofStreet.find((rule) => rule.streetEn)?.streetEn;
  const traditional = ofStreet.find((rule) => rule.streetTw)?.streetTw;
  return {
    'zh-CN': street,
    'zh-TW': traditional ?? toTraditional(street),
    en: english ?? street,
  };
}
