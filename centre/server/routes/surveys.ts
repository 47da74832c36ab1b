// The surveys extension (centre/wire/surveys.ts): the open questionnaire, one anonymous answer
// sheet per random response id under an Idempotency-Key like every POST, and a look-up by that
// id for a kiosk whose reply was lost. The centre keeps days only, never the hour of a sheet. The
// questionnaires are the survey file's (surveys/surveyFile.ts), read at start.
import type { Open311ErrorBody } from '../../wire/errors.js';
import { uuidPattern } from '../../wire/requestForm.js';
import { SurveyAnswers, SurveyDay, surveyResponseFields } from '../../wire/surveys.js';
import type { CentreDeps } from '../centreDeps.js';
import { type CallContext, formOf, isFormEncoded, repeatedNames } from '../http/context.js';
import { type Reply, errorReply, errorsReply, jsonReply } from '../http/reply.js';
import { idempotentPost } from '../requests/idempotentPost.js';
import { findSurveyResponse, insertSurveyResponse } from '../store/surveyResponses.js';
import { answerProblems } from '../surveys/checkAnswers.js';

export function getSurveys(deps: CentreDeps): Reply {
  return jsonReply(200, deps.surveys());
}

const surveyNamed = (deps: CentreDeps, id: string | undefined) =>
  deps.surveys().find((survey) => survey.survey_id === id);

function parseAnswers(raw: string | null): SurveyAnswers | null {
  try {
    const parsed = SurveyAnswers.safeParse(JSON.parse(raw ?? ''));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

type SheetForm =
  | { ok: true; responseId: string; answeredOn: string; answers: SurveyAnswers }
  | { ok: false; errors: Open311ErrorBody[] };

function readSheetForm(form: URLSearchParams): SheetForm {
  const errors: Open311ErrorBody[] = repeatedNames(form).map((name) => ({
    code: 'form_invalid',
    description: `${name} appears more than once.`,
  }));
  for (const name of form.keys()) {
    if (!(surveyResponseFields as readonly string[]).includes(name)) {
      errors.push({ code: 'form_invalid', description: `Unknown field "${name}".` });
    }
  }
  const responseId = form.get('response_id')?.trim().toLowerCase() ?? '';
  if (!uuidPattern.test(responseId)) {
    errors.push({ code: 'survey_response_invalid', description: 'response_id must be a UUID.' });
  }
  const answeredOn = form.get('answered_on') ?? '';
  if (!SurveyDay.safeParse(answeredOn).success) {
    errors.push({ code: 'survey_response_invalid', description: 'answered_on is a day only.' });
  }
  const answers = parseAnswers(form.get('answers'));
  if (!answers) {
    errors.push({ code: 'survey_response_invalid', description: 'answers is a JSON object.' });
  }
  return errors.length > 0 || !answers
    ? { ok: false, errors }
    : { ok: true, responseId, answeredOn, answers };
}

export async function postSurveyResponse(deps: CentreDeps, ctx: CallContext): Promise<Reply> {
  if (!isFormEncoded(ctx)) {
    return errorReply('content_type_unsupported', 'Survey answers are sent form-encoded.');
  }
  const surveyId = ctx.params.survey ?? '';
  const form = formOf(ctx);
  return idempotentPost(deps, ctx, `POST /x/surveys/${surveyId}/responses`, form, () => {
    const survey = surveyNamed(deps, surveyId);
    if (!survey) return errorReply('survey_not_found', `No open survey ${surveyId}.`);
    const sheet = readSheetForm(form);
    if (!sheet.ok) return errorsReply(sheet.errors);
    const problems = answerProblems(survey, sheet.answers);
    if (problems.length > 0) return errorsReply(problems);
    if (findSurveyResponse(deps.db, surveyId, sheet.responseId)) {
      return errorReply('survey_response_exists', 'This answer sheet is already stored.');
    }
    insertSurveyResponse(deps.db, {
      responseId: sheet.responseId,
      surveyId,
      answeredOn: sheet.answeredOn,
      receivedOn: deps.now().toISOString().slice(0, 10),
      answers: sheet.answers,
    });
    return jsonReply(201, [{ response_id: sheet.responseId, survey_id: surveyId }]);
  });
}

export function getSurveyResponse(deps: CentreDeps, ctx: CallContext): Reply {
  const surveyId = ctx.params.survey ?? '';
  const responseId = (ctx.params.response ?? '').toLowerCase();
  if (!findSurveyResponse(deps.db, surveyId, responseId)) {
    return errorReply('survey_response_not_found', `No answer sheet ${responseId}.`);
  }
  return jsonReply(200, [{ response_id: responseId, survey_id: surveyId }]);
}
