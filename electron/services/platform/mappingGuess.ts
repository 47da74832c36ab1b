// The automatic first guess at which platform service a kiosk need belongs to, for platforms the
// mapping file does not (yet) cover. A small, explainable scorer: the need's keywords and titles
// (Chinese and English) against the service's keywords and name, a bonus when the service's
// Open311 group reads like the need's category, and a strong bonus when the platform's code is
// the need's own id. Staff review the result (service-mapping.proposed.json); it is never final.
import type { CategoryInfo, CommonNeed } from '../../../contract/index.js';
import type { PlatformService } from '../upload/centreGateway.js';

export interface Guess {
  code: string;
  score: number;
}

/** A need's best service must score at least this (one exact keyword and a partial one). */
export const needGuessThreshold = 1.5;
const exactHit = 1;
const partialHit = 0.5;
const groupBonus = 0.5;
const ownCodeBonus = 3;

const emergencyWords = ['emergency', 'urgent', 'sos', '紧急', '緊急', '急救', '求助', '紧急求助'];
const otherWords = ['other', 'others', 'misc', 'miscellaneous', 'general', '其他', '其它', '综合'];

const han = /\p{Script=Han}/u;
const separators = /[\s,，、/&()（）:：;；·|_.-]+/u;

export function normalize(text: string): string {
  return text.normalize('NFKC').toLowerCase().trim();
}

const wordsOf = (text: string): string[] => normalize(text).split(separators).filter(Boolean);

/** The service's own words: each keyword, its name, the name's and code's parts. */
function serviceTerms(service: PlatformService): string[] {
  const terms = new Set<string>();
  for (const keyword of service.keywords) if (normalize(keyword)) terms.add(normalize(keyword));
  terms.add(normalize(service.name));
  for (const part of wordsOf(service.name)) terms.add(part);
  for (const part of wordsOf(service.code)) terms.add(part);
  terms.delete('');
  return [...terms];
}

/** How well one of the need's words meets one of the service's: 1 equal, 0.5 one inside the other. */
function termHit(needTerm: string, serviceTerm: string): number {
  if (needTerm === serviceTerm) return exactHit;
  if (han.test(needTerm) || han.test(serviceTerm)) {
    const [shorter, longer] =
      needTerm.length <= serviceTerm.length ? [needTerm, serviceTerm] : [serviceTerm, needTerm];
    return shorter.length >= 2 && longer.includes(shorter) ? partialHit : 0;
  }
  const needWords = wordsOf(needTerm);
  const serviceWords = wordsOf(serviceTerm);
  const within = (inner: string[], outer: string[]) =>
    inner.length > 0 && inner.every((word) => word.length >= 3 && outer.includes(word));
  return within(needWords, serviceWords) || within(serviceWords, needWords) ? partialHit : 0;
}

/** The best hit of each of these words against the service, summed. */
function wordScore(words: readonly string[], service: PlatformService): number {
  const terms = serviceTerms(service);
  let score = 0;
  for (const word of new Set(words.map(normalize).filter(Boolean))) {
    score += Math.max(0, ...terms.map((term) => termHit(word, term)));
  }
  return score;
}

/** Does the service's Open311 group read like this kiosk category? */
export function groupMatchesCategory(group: string | null, category: CategoryInfo): boolean {
  if (!group) return false;
  const wanted = normalize(group);
  if (wanted === category.id) return true;
  const titles = [category.title['zh-CN'], category.title['zh-TW'], category.title.en].map(
    normalize,
  );
  if (titles.some((title) => title.includes(wanted) || wanted.includes(title))) return true;
  const categoryWords = new Set(
    [category.title.en, category.hint.en].flatMap(wordsOf).filter((w) => w.length >= 4),
  );
  return wordsOf(group).some((word) => categoryWords.has(word));
}

/** The single best candidate, or null when none clears the bar or two tie at the top. */
function best(candidates: Guess[], threshold: number): Guess | null {
  const ranked = candidates
    .filter((c) => c.score >= threshold)
    .sort((a, b) => b.score - a.score || a.code.localeCompare(b.code));
  const [first, second] = ranked;
  if (!first) return null;
  if (second && second.score === first.score) return null;
  return first;
}

export function guessNeedService(
  need: CommonNeed,
  category: CategoryInfo,
  services: readonly PlatformService[],
): Guess | null {
  const needWords = [...need.keywords, need.title['zh-CN'], need.title['zh-TW'], need.title.en];
  const candidates = services.map((service) => {
    let score = wordScore(needWords, service);
    if (normalize(service.code) === need.id) score += ownCodeBonus;
    if (score > 0 && groupMatchesCategory(service.group, category)) score += groupBonus;
    return { code: service.code, score };
  });
  return best(candidates, needGuessThreshold);
}

/** "Something else" in a category: a service that calls itself other/general, best in the group. */
export function guessCategoryFallback(
  category: CategoryInfo,
  services: readonly PlatformService[],
): Guess | null {
  const candidates = services.map((service) => {
    const other = wordScore(otherWords, service);
    if (other === 0) return { code: service.code, score: 0 };
    let score = 1;
    if (groupMatchesCategory(service.group, category)) score += 1;
    if (normalize(service.code).includes(category.id)) score += 1;
    return { code: service.code, score };
  });
  return best(candidates, 1);
}

/** The emergency button: a service whose name, code or keywords say emergency / urgent. */
export function guessEmergencyService(services: readonly PlatformService[]): Guess | null {
  const candidates = services.map((service) => ({
    code: service.code,
    score: wordScore(emergencyWords, service),
  }));
  return best(candidates, exactHit);
}
