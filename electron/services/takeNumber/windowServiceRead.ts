// The cached window services read back by schema (a row the kiosk cannot read is skipped, not
// fatal), and named in the kiosk's three languages: zh-TW converted from zh-CN with opencc-js
// where the centre wrote none, as the community's name is; English falls back to the Chinese.
import { toTraditional } from '../community/traditionalChinese.js';
import { z } from 'zod';
import type { LocalizedText } from '../../../contract/index.js';
import type { CachedWindowService } from '../../../db/repositories/queueNumbers.js';

export const CachedWindowServiceSchema = z.object({
  code: z.string().min(1).max(60),
  name: z.object({
    'zh-CN': z.string().min(1).max(200),
    'zh-TW': z.string().min(1).max(200).optional(),
    en: z.string().min(1).max(200).optional(),
  }),
  prefix: z.string().regex(/^[A-Z]$/),
  window: z.string().min(1).max(20),
  priorityAllowed: z.boolean(),
  minutesPerResident: z.number().min(0.5).max(240),
});

export function readCachedService(value: unknown): CachedWindowService | null {
  const parsed = CachedWindowServiceSchema.safeParse(value);
  return parsed.success ? parsed.data : null;
}

export function serviceNames(name: CachedWindowService['name']): LocalizedText {
  return {
    'zh-CN': name['zh-CN'],
    'zh-TW': name['zh-TW'] ?? toTraditional(name['zh-CN']),
    en: name.en ?? name['zh-CN'],
  };
}
