// The community the kiosk serves: need categories, common needs, grids and their workers, and
// the service resources requests are matched to. Demo data ships with the kiosk; the centre's
// platform can replace it.
import { z } from 'zod';
import { categoryIds } from './constants.js';

/** The five need categories of the source document (§1.1). */
export const CategoryId = z.enum(categoryIds);
export type CategoryId = z.infer<typeof CategoryId>;

/** Every resident-facing text in the three kiosk languages. */
export const LocalizedText = z.object({
  'zh-CN': z.string().min(1),
  'zh-TW': z.string().min(1),
  en: z.string().min(1),
});
export type LocalizedText = z.infer<typeof LocalizedText>;

const slug = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/);
const phone = z.string().regex(/^[0-9][0-9-]{2,19}$/);
const clockTime = z.string().regex(/^([01][0-9]|2[0-3]):[0-5][0-9]$|^24:00$/);

export const CommonNeed = z.object({
  id: slug,
  category: CategoryId,
  title: LocalizedText,
  description: LocalizedText,
  /** Words the matcher treats as this need's own (Chinese and English). */
  keywords: z.array(z.string().min(1)).min(1),
  /** Needs like "someone has fallen" are urgent unless the resident says otherwise. */
  urgentByDefault: z.boolean(),
  /**
   * true: it happens at the resident's home (repairs, home visits), so the kiosk asks where to
   * go (the card's address, a typed building and room, or the kiosk). Absent or false: the
   * request is about the kiosk's own place and sends the kiosk's location.
   */
  atHome: z.boolean().optional(),
});
export type CommonNeed = z.infer<typeof CommonNeed>;

export const CategoryInfo = z.object({
  id: CategoryId,
  title: LocalizedText,
  hint: LocalizedText,
});
export type CategoryInfo = z.infer<typeof CategoryInfo>;

export const GridWorker = z.object({ name: z.string().min(1), phone });
export type GridWorker = z.infer<typeof GridWorker>;

/** A run of numbers: both ends included; `side` keeps one side of a street (单号 / 双号). */
const NumberRange = z
  .object({
    from: z.number().int().min(0),
    to: z.number().int().min(0),
    side: z.enum(['odd', 'even', 'both']).optional(),
  })
  .refine((range) => range.from <= range.to, { message: 'from must not be above to' });

/**
 * One part of a street or estate that belongs to a grid, as data: "和平路 1–49 单号", "幸福里小区
 * 3号楼–8号楼", or a whole street when neither range is given. `numbers` is the house number
 * right after the street (和平路15号, 和平路28号院); `buildings` the N号楼 after it. The most
 * specific rule that fits an address wins (electron/services/contact/addressLookup.ts).
 */
export const AddressRule = z.object({
  /** The street or estate as the ID card prints it, e.g. "和平路", "幸福里小区". */
  street: z.string().min(1).max(40),
  /**
   * Its English name, as the centre's signs write it (e.g. "Heping Road"), shown on the English
   * screen; absent: the Chinese name is shown there too (no made-up pinyin).
   */
  streetEn: z.string().min(1).max(80).optional(),
  /**
   * Its Traditional Chinese name where converting the Simplified one character by character
   * would be wrong (幸福里 stays 幸福里, not 幸福裡); absent: converted with opencc-js.
   */
  streetTw: z.string().min(1).max(40).optional(),
  /** Other ways it is written, e.g. "幸福里" for "幸福里小区". */
  aliases: z.array(z.string().min(1).max(40)).optional(),
  numbers: NumberRange.optional(),
  buildings: NumberRange.optional(),
});
export type AddressRule = z.infer<typeof AddressRule>;

export const Grid = z.object({
  id: slug,
  name: LocalizedText,
  /** The streets and buildings it covers, as residents say them. */
  area: LocalizedText,
  /** Address fragments (e.g. "幸福里3号楼", "和平路12号") that place an ID card address in this grid. */
  addressKeywords: z.array(z.string().min(1)).min(1),
  /** Streets, number ranges and buildings of the grid; an older directory has none (optional). */
  addressRules: z.array(AddressRule).optional(),
  worker: GridWorker,
});
export type Grid = z.infer<typeof Grid>;

export const WeeklyOpening = z.object({
  /** 0 = Sunday … 6 = Saturday, as Date#getDay counts. */
  days: z.array(z.number().int().min(0).max(6)).min(1),
  open: clockTime,
  close: clockTime,
});
export const OpeningHours = z.object({
  alwaysOpen: z.boolean(),
  /** Local (centre) time; ignored when alwaysOpen. */
  weekly: z.array(WeeklyOpening),
});
export type OpeningHours = z.infer<typeof OpeningHours>;

export const resourceKinds = ['service-point', 'team', 'volunteer', 'organisation'] as const;

export const ServiceResource = z.object({
  id: slug,
  kind: z.enum(resourceKinds),
  name: LocalizedText,
  categories: z.array(CategoryId).min(1),
  keywords: z.array(z.string().min(1)).min(1),
  /** The grid it belongs to; null when it serves the whole community. */
  gridId: slug.nullable(),
  address: LocalizedText,
  location: z.object({ lat: z.number(), lng: z.number() }).nullable(),
  phone,
  /** null = no fixed limit. */
  capacity: z
    .object({ limit: z.number().int().positive(), inUse: z.number().int().min(0) })
    .nullable(),
  hours: OpeningHours,
});
export type ServiceResource = z.infer<typeof ServiceResource>;

export const Centre = z.object({
  name: LocalizedText,
  hotline: phone,
  /** Opening hours as residents read them, e.g. "周一至周五 8:30–17:30". */
  hoursText: LocalizedText,
  address: LocalizedText,
  hours: OpeningHours,
});
export type Centre = z.infer<typeof Centre>;

/** What the centre's platform (or the demo seed) supplies as one consistent set. */
export const CommunityData = z.object({
  centre: Centre,
  categories: z.array(CategoryInfo).length(categoryIds.length),
  needs: z.array(CommonNeed),
  grids: z.array(Grid).min(1),
  resources: z.array(ServiceResource),
});
export type CommunityData = z.infer<typeof CommunityData>;

export { categoryIds };
