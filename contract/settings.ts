import { z } from 'zod';
import { languages, textSizes } from './constants.js';

export const Language = z.enum(languages);
export type Language = z.infer<typeof Language>;

export const TextSize = z.enum(textSizes);
export type TextSize = z.infer<typeof TextSize>;

/** A resident's preferences for the current visit only; reset when the visit ends. */
export const VisitSettings = z.object({
  language: Language,
  textSize: TextSize,
});
export type VisitSettings = z.infer<typeof VisitSettings>;

export const VisitSettingsChange = VisitSettings.partial().strict();
export type VisitSettingsChange = z.infer<typeof VisitSettingsChange>;

export { languages, textSizes };
