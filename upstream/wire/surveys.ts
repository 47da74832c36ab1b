// The surveys extension's wire as the kiosk reads and writes it (the reference centre's own copy
// is centre/wire/surveys.ts). GET /x/surveys.json is read loosely here, only as "a list": each
// questionnaire and question is read tolerantly by the kiosk (electron/services/survey), so one
// broken question costs that question only. What the kiosk sends is checked strictly.
import { z } from 'zod';

export const SurveyList = z.array(z.unknown());

export const SurveyDay = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);

export const SurveyAnswerValue = z.union([
  z.string().min(1).max(500),
  z.array(z.string().min(1).max(60)).min(1).max(30),
  z.number().int().min(1).max(5),
]);

/** One anonymous answer sheet: a random id, a day, and the answers. Nothing else. */
export const SurveySheetOut = z
  .object({
    responseId: z.uuid(),
    answeredOn: SurveyDay,
    answers: z.record(z.string().min(1).max(60), SurveyAnswerValue),
  })
  .strict();
export type SurveySheetOut = z.infer<typeof SurveySheetOut>;

export const SurveyResponseReply = z
  .array(z.looseObject({ response_id: z.string().min(1) }))
  .min(1);
