// The matcher's public surface: build once from community data, then rank per request.
export { createMatcher } from './matcher.js';
export { findGridForAddress } from './grids.js';
export { centreTimeZone, isOpenAt, localTime } from './openingHours.js';
export type { LocalTime } from './openingHours.js';
export { defaultSynonyms, wordlessDefaults } from './synonyms.js';
export { dangerKinds, dangerWords } from './dangerWords.js';
export type { DangerKind, EmergencyNumber } from './dangerWords.js';
export type { DangerSignal } from './danger.js';
export type {
  MatchAnswer,
  MatchQuery,
  MatchReason,
  MatchReasonKind,
  Matcher,
  MatcherInput,
  ResourceMatch,
  SynonymGroup,
} from './types.js';
