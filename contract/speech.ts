// Read-aloud's one call into the main process: where the shell has no Web Speech voice for the
// language shown, the kiosk's own speech engine (Debian's espeak-ng) turns the text into WAV bytes
// that the page plays in an <audio> element. The page never reaches a speech program itself.
import { z } from 'zod';
import { cleanPlainText } from '../text/plainText.js';
import { speechTextMaxLength } from './constants.js';
import { Language } from './settings.js';

/** At most speechTextMaxLength characters a call: about 100 s of Mandarin, ~4 MB of WAV. */
export { speechTextMaxLength };

export const SpeechRequest = z
  .object({
    text: z
      .string()
      .overwrite((text) => cleanPlainText(text, { multiline: false }))
      .pipe(z.string().min(1).max(speechTextMaxLength)),
    language: Language,
  })
  .strict();
export type SpeechRequest = z.infer<typeof SpeechRequest>;

export const SpeechAudio = z.discriminatedUnion('outcome', [
  z.object({
    outcome: z.literal('audio'),
    /** A complete RIFF/WAVE file, base64 (the HTTP transport carries JSON only). */
    wavBase64: z.string().min(1),
    durationMs: z.number().int().min(0),
    /** The engine's voice, e.g. cmn-latn-pinyin: for the staff's and the tests' eyes. */
    voice: z.string(),
  }),
  /** A newer call took the engine before this one finished: nothing to play. */
  z.object({ outcome: z.literal('superseded') }),
]);
export type SpeechAudio = z.infer<typeof SpeechAudio>;

export const speechCalls = {
  /** Speech for text in a language; `unavailable` when the kiosk has no engine that can. */
  synthesizeSpeech: { input: SpeechRequest, output: SpeechAudio },
} as const satisfies Record<string, { input: z.ZodType; output: z.ZodType }>;
