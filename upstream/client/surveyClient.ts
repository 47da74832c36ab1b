// The kiosk's client for the surveys extension (upstream/wire/surveys.ts): the open
// questionnaires, one anonymous answer sheet under an Idempotency-Key, and the look-up of a sheet
// by its random id. A platform without the extension answers 404, which is "unsupported" here,
// not a failure; every other failure is a CentreError like the rest of the client's.
import { idempotencyHeader } from '../wire/requestForm.js';
import {
  SurveyList,
  SurveyResponseReply,
  SurveySheetOut,
  type SurveySheetOut as Sheet,
} from '../wire/surveys.js';
import type { CentreClientOptions } from './centreClient.js';
import { checkedPayload, extensionMissingUnless, segment, transportOf } from './extensionClient.js';
import { checkIdempotencyKey } from './localChecks.js';
import { parseReply } from './parseReply.js';
import { refuseUnlessOk } from './refusal.js';
import { exchange } from './transport.js';

export type SurveyListResult = { kind: 'listed'; surveys: unknown[] } | { kind: 'unsupported' };
export type SurveySendResult = { kind: 'accepted' } | { kind: 'unsupported' };
export type SurveyFindResult = 'found' | 'absent' | 'unsupported';

export interface SurveyClient {
  getSurveys(): Promise<SurveyListResult>;
  postResponse(surveyId: string, sheet: Sheet, idempotencyKey: string): Promise<SurveySendResult>;
  findResponse(surveyId: string, responseId: string): Promise<SurveyFindResult>;
}

/** A 404 that is the extension missing, not a code the surveys extension itself sends. */
const extensionMissing = extensionMissingUnless((code) => code.startsWith('survey'));

export function surveySheetForm(sheet: Sheet, apiKey: string): URLSearchParams {
  const checked = checkedPayload(SurveySheetOut, sheet, 'Survey answers');
  return new URLSearchParams([
    ['api_key', apiKey],
    ['response_id', checked.responseId],
    ['answered_on', checked.answeredOn],
    ['answers', JSON.stringify(checked.answers)],
  ]);
}

export function createSurveyClient(options: CentreClientOptions): SurveyClient {
  const transport = transportOf(options, 512 * 1024);
  const auth = { api_key: options.apiKey };
  return {
    async getSurveys() {
      const answer = await exchange(transport, {
        method: 'GET',
        path: 'x/surveys.json',
        query: auth,
      });
      if (extensionMissing(answer)) return { kind: 'unsupported' };
      refuseUnlessOk(transport, answer);
      return { kind: 'listed', surveys: parseReply(answer, SurveyList) };
    },

    async postResponse(surveyId, sheet, idempotencyKey) {
      checkIdempotencyKey(idempotencyKey);
      const answer = await exchange(transport, {
        method: 'POST',
        path: `x/surveys/${segment(surveyId)}/responses.json`,
        headers: { [idempotencyHeader]: idempotencyKey },
        form: surveySheetForm(sheet, options.apiKey),
      });
      if (extensionMissing(answer)) return { kind: 'unsupported' };
      refuseUnlessOk(transport, answer);
      parseReply(answer, SurveyResponseReply);
      return { kind: 'accepted' };
    },

    async findResponse(surveyId, responseId) {
      const answer = await exchange(transport, {
        method: 'GET',
        path: `x/surveys/${segment(surveyId)}/responses/${segment(responseId)}.json`,
        query: auth,
      });
      if (extensionMissing(answer)) return 'unsupported';
      if (answer.status === 404) return 'absent';
      refuseUnlessOk(transport, answer);
      parseReply(answer, SurveyResponseReply);
      return 'found';
    },
  };
}
