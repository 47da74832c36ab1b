// The community directory the centre is GIVEN (as data: an option or CENTRE_DIRECTORY_FILE). The
// centre reads only the parts it needs to build its extension-mode catalogue (the centre's name,
// the need areas and the common needs); everything else in the file is passed through untouched to
// GET /x/directory.json. Tolerant: unknown fields are kept, not refused.
import { z } from 'zod';
import { CategoryId, type Language } from './vocabulary.js';

export const LocalizedText = z.looseObject({
  'zh-CN': z.string().min(1),
  'zh-TW': z.string().min(1),
  en: z.string().min(1),
});
export type LocalizedText = Record<Language, string>;

const slug = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/);

export const DirectoryNeed = z.looseObject({
  id: slug,
  category: CategoryId,
  title: LocalizedText,
  description: LocalizedText,
  keywords: z.array(z.string().min(1)),
});

export const DirectoryCategory = z.looseObject({
  id: CategoryId,
  title: LocalizedText,
  hint: LocalizedText,
});

export const CentreDirectory = z.looseObject({
  centre: z.looseObject({ name: LocalizedText }),
  categories: z.array(DirectoryCategory).min(1),
  needs: z.array(DirectoryNeed),
});
export type CentreDirectory = z.output<typeof CentreDirectory>;
