// Plain values of the contract, without zod, so the page can import them at run time (the rest
// of the contract it imports as types only). The schemas build on these.

export const readerStates = [
  'stopped',
  'disconnected',
  'waiting',
  'reading',
  'read',
  'remove-card',
  'error',
] as const;
/** What a failed card read means for the resident: use another way, try again, or ask staff. */
export const cardErrorCategories = ['card-rejected', 'card-unreadable', 'reader-fault'] as const;
export const demoCardIds = [
  'han-resident',
  'minority-resident',
  'long-term-resident',
  'hk-macao-taiwan-permit',
  'foreign-permanent-residence',
  'bad-check-digit',
] as const;
export const categoryIds = [
  'basic-living',
  'health-medical',
  'education-employment',
  'social-cultural',
  'safety-emergency',
] as const;
export const urgencies = ['normal', 'urgent'] as const;
export const stages = ['accepted', 'in-progress', 'done'] as const;
/** A mainland mobile (11 digits, 1[3-9]…) or a landline with its area code (0xx-xxxxxxx[x]). */
export const phonePattern = /^(1[3-9][0-9]{9}|0[1-9][0-9]{1,2}-?[1-9][0-9]{6,7})$/;
export const maxDescriptionLength = 500;
/** The longest handler's note the kiosk keeps and shows (a longer one is cut, ending in …). */
export const maxHandlerNoteChars = 2000;
export const ratingTags = ['fast', 'polite', 'solved', 'kept-informed', 'would-recommend'] as const;
export const languages = ['zh-CN', 'zh-TW', 'en'] as const;
export const textSizes = ['standard', 'large', 'extra-large'] as const;
/** Where the platform service code a need is filed under came from (see service-mapping.json). */
export const mappingSources = ['file', 'guess', 'fallback'] as const;
/** Where a request that happens at home is to be attended. */
export const locationChoices = ['card-address', 'typed', 'kiosk'] as const;
/** Longest answer to a platform attribute of datatype string / text. */
export const attributeStringMaxLength = 100;
export const attributeTextMaxLength = 500;
/** The most characters one read-aloud speech call speaks (contract/speech.ts); the page sends
 *  a screen sentence by sentence, so a reply stays small and the first words come quickly. */
export const speechTextMaxLength = 400;
/** Characters a needs-survey short text answer may keep (contract/survey.ts). */
export const surveyTextMax = 200;
