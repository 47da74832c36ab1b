// The centre's own words for what its records hold: need areas, urgencies, stages, languages and
// rating tags. They match what the kiosk sends today, but they are the centre's definitions: the
// centre is a separate program and must not change because the kiosk's code does.
import { z } from 'zod';

/** The five need areas (需求类别) the centre files requests under. */
export const categoryIds = [
  'basic-living',
  'health-medical',
  'education-employment',
  'social-cultural',
  'safety-emergency',
] as const;
export const CategoryId = z.enum(categoryIds);
export type CategoryId = z.infer<typeof CategoryId>;

export const urgencies = ['normal', 'urgent'] as const;
export const Urgency = z.enum(urgencies);
export type Urgency = z.infer<typeof Urgency>;

/** A request's life at the centre; it only ever moves forward. */
export const stages = ['accepted', 'in-progress', 'done'] as const;
export const Stage = z.enum(stages);
export type Stage = z.infer<typeof Stage>;

/** The languages the centre answers residents in. */
export const languages = ['zh-CN', 'zh-TW', 'en'] as const;
export const Language = z.enum(languages);
export type Language = z.infer<typeof Language>;

/** What a resident may praise in a rating (extension mode only). */
export const ratingTags = ['fast', 'polite', 'solved', 'kept-informed', 'would-recommend'] as const;
export const RatingTag = z.enum(ratingTags);
export type RatingTag = z.infer<typeof RatingTag>;
