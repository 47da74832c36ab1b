// The community directory as the centre sends it (GET /x/directory.json), made into one the kiosk
// can show and print. The centre's staff type it, and the kiosk does not control them, so its
// texts go through the same rule as the platform's service names (platformText.ts: the one text
// rule of text/plainText.ts, then capped with an ellipsis): names, titles, hints, descriptions,
// areas, addresses, opening-hour texts, the grid worker's name and the keywords. Identifiers,
// phone numbers and times are not cleaned: a bad one makes its entry unusable.
//
// Tolerant by schema, entry by entry: a need, grid or resource that fails the contract's schema
// after cleaning is left out with a log line naming its list, index and id (never its texts,
// which can hold a worker's name), and the rest is used. Only what the kiosk cannot work without
// refuses the whole directory (the centre with its hotline, the five categories, one grid): the
// last good copy then stays.
import { z } from 'zod';
import {
  CategoryInfo,
  Centre,
  CommonNeed,
  type CommunityData,
  Grid,
  ServiceResource,
  categoryIds,
} from '../../../contract/index.js';
import { capText } from '../../../text/capText.js';
import { cleanPlainText } from '../../../text/plainText.js';
import type { Logger } from '../logger.js';
import { maxKeywords, platformTextLimits } from '../platform/platformText.js';

/** Characters each kind of directory text may keep, the ellipsis included. */
export const directoryTextLimits = {
  name: platformTextLimits.serviceName,
  description: platformTextLimits.description,
  hint: 200,
  place: 200,
  hoursText: 120,
  keyword: platformTextLimits.keyword,
} as const;

/** Entries kept per list, and address keywords per grid: more than a lobby kiosk can use. */
export const directoryListLimits = { needs: 500, grids: 2_000, resources: 20_000 } as const;
export const maxAddressKeywords = 200;

/** As platformText.ts: a 100 KB name need not be cleaned whole to keep 80 characters. */
const rawWindow = 8_192;

export function directoryText(
  raw: string,
  limit: number,
  rule: { multiline: boolean } = { multiline: false },
): string {
  return capText(cleanPlainText(raw.slice(0, rawWindow), rule), limit);
}

const text = (limit: number, multiline = false) =>
  z.string().transform((raw) => directoryText(raw, limit, { multiline }));
const localized = (limit: number, multiline = false) =>
  z.looseObject({
    'zh-CN': text(limit, multiline),
    'zh-TW': text(limit, multiline),
    en: text(limit, multiline),
  });
/**
 * Keywords are matched, not read: one cut short with an ellipsis matches nothing, so a keyword
 * too long (or empty) after cleaning is left out instead, and the list is capped.
 */
const keywords = (max: number) =>
  z
    .array(
      z.string().transform((raw) => cleanPlainText(raw.slice(0, rawWindow), { multiline: false })),
    )
    .transform((words) =>
      words
        .filter((word) => word !== '' && [...word].length <= directoryTextLimits.keyword)
        .slice(0, max),
    );

/**
 * A street's English or Traditional name is only shown: cleaned and capped; anything else there
 * (a number, an empty or too long text) is as if absent, so the kiosk shows the Chinese name (or
 * converts it), and does not refuse the grid.
 */
const shownStreetName = (limit: number) =>
  z
    .unknown()
    .transform((raw) => {
      if (typeof raw !== 'string') return undefined;
      const cleaned = cleanPlainText(raw.slice(0, rawWindow), { multiline: false });
      return cleaned !== '' && [...cleaned].length <= limit ? cleaned : undefined;
    })
    .optional();

/** A street name is matched like a keyword; a rule whose street cleans to nothing is left out. */
const addressRules = z
  .array(
    z.looseObject({
      street: z
        .string()
        .transform((raw) => cleanPlainText(raw.slice(0, rawWindow), { multiline: false })),
      streetEn: shownStreetName(directoryTextLimits.name),
      streetTw: shownStreetName(directoryTextLimits.keyword),
      aliases: keywords(maxAddressKeywords).optional(),
    }),
  )
  .transform((rules) =>
    rules.filter(
      (rule) => rule.street !== '' && [...rule.street].length <= directoryTextLimits.keyword,
    ),
  )
  .optional();

/** The cleaning step: only text fields are rewritten; everything else passes to the contract. */
const cleaning = {
  centre: z.looseObject({
    name: localized(directoryTextLimits.name),
    hoursText: localized(directoryTextLimits.hoursText),
    address: localized(directoryTextLimits.place),
  }),
  category: z.looseObject({
    title: localized(directoryTextLimits.name),
    hint: localized(directoryTextLimits.hint),
  }),
  need: z.looseObject({
    title: localized(directoryTextLimits.name),
    description: localized(directoryTextLimits.description, true),
    keywords: keywords(maxKeywords),
  }),
  grid: z.looseObject({
    name: localized(directoryTextLimits.name),
    area: localized(directoryTextLimits.place),
    addressKeywords: keywords(maxAddressKeywords),
    addressRules,
    worker: z.looseObject({ name: text(directoryTextLimits.name) }),
  }),
  resource: z.looseObject({
    name: localized(directoryTextLimits.name),
    address: localized(directoryTextLimits.place),
    keywords: keywords(maxKeywords),
  }),
};

const Outline = z.looseObject({
  centre: z.unknown(),
  categories: z.array(z.unknown()),
  needs: z.array(z.unknown()),
  grids: z.array(z.unknown()),
  resources: z.array(z.unknown()),
});

type Parsed<T> = { ok: true; value: T } | { ok: false; issue: string };

function cleanThenCheck<T>(raw: unknown, clean: z.ZodType, contract: z.ZodType<T>): Parsed<T> {
  const cleaned = clean.safeParse(raw);
  const checked = cleaned.success ? contract.safeParse(cleaned.data) : cleaned;
  if (checked.success) return { ok: true, value: checked.data as T };
  const issue = checked.error.issues[0];
  const path = issue?.path.map(String).join('.') ?? '';
  return { ok: false, issue: `${path ? `${path}: ` : ''}${issue?.message ?? 'invalid'}` };
}

/** An entry's id for the log, only when it is an id (a slug), never free text. */
function idOf(raw: unknown): string | undefined {
  if (typeof raw !== 'object' || raw === null) return undefined;
  const id = (raw as { id?: unknown }).id;
  return typeof id === 'string' && /^[a-z0-9-]{1,80}$/.test(id) ? id : undefined;
}

type ListName = keyof typeof directoryListLimits;

function usableEntries<T extends { id: string }>(
  list: ListName,
  raws: unknown[],
  clean: z.ZodType,
  contract: z.ZodType<T>,
  logger: Logger,
): T[] {
  const limit = directoryListLimits[list];
  if (raws.length > limit) {
    logger.warn('the centre’s directory has more entries than the kiosk keeps; keeping the first', {
      list,
      entries: raws.length,
      kept: limit,
    });
  }
  const kept: T[] = [];
  const ids = new Set<string>();
  for (const [index, raw] of raws.slice(0, limit).entries()) {
    const parsed = cleanThenCheck(raw, clean, contract);
    if (!parsed.ok) {
      logger.warn('a centre directory entry is unusable; left out', {
        list,
        index,
        id: idOf(raw),
        issue: parsed.issue,
      });
      continue;
    }
    if (ids.has(parsed.value.id)) {
      logger.warn('a centre directory entry repeats an id; left out', {
        list,
        index,
        id: parsed.value.id,
      });
      continue;
    }
    ids.add(parsed.value.id);
    kept.push(parsed.value);
  }
  return kept;
}

export type CentreDirectory =
  { kind: 'usable'; data: CommunityData; leftOut: number } | { kind: 'refused'; reason: string };

/** The centre's directory, cleaned, with its unusable entries left out (each logged). */
export function readCentreDirectory(raw: unknown, logger: Logger): CentreDirectory {
  const outline = Outline.safeParse(raw);
  if (!outline.success)
    return { kind: 'refused', reason: 'not a directory (no centre and four lists)' };
  const centre = cleanThenCheck(outline.data.centre, cleaning.centre, Centre);
  if (!centre.ok) return { kind: 'refused', reason: `centre: ${centre.issue}` };

  const categories: CommunityData['categories'] = [];
  for (const id of categoryIds) {
    const entry = outline.data.categories
      .map((candidate) => cleanThenCheck(candidate, cleaning.category, CategoryInfo))
      .find((parsed) => parsed.ok && parsed.value.id === id);
    if (!entry?.ok) return { kind: 'refused', reason: `category ${id} is missing or unusable` };
    categories.push(entry.value);
  }

  const { needs: rawNeeds, grids: rawGrids, resources: rawResources } = outline.data;
  const needs = usableEntries('needs', rawNeeds, cleaning.need, CommonNeed, logger);
  const grids = usableEntries('grids', rawGrids, cleaning.grid, Grid, logger);
  if (grids.length === 0) return { kind: 'refused', reason: 'no usable grid' };
  const resources = usableEntries(
    'resources',
    rawResources,
    cleaning.resource,
    ServiceResource,
    logger,
  );
  const leftOut =
    rawNeeds.length +
    rawGrids.length +
    rawResources.length -
    (needs.length + grids.length + resources.length);
  return {
    kind: 'usable',
    data: { centre: centre.value, categories, needs, grids, resources },
    leftOut,
  };
}
