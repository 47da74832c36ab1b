// What the resident is told will help, for one saved request. An ordinary request gets the
// matcher's confident resources only, or none and "for-staff" when nothing fits (a person then
// routes it); the emergency button gets the safety category's resources whatever the words,
// since the emergency team is always right for it. When matching cannot run, a person routes.
// Intake asks before it saves, so the routing mark commits with the request (one commit, not a
// second one after it); a matcher that throws never stops the save.
import type { MatchedResource, SubmittedRequest } from '../../../contract/index.js';
import type {
  CommunityDirectory,
  DirectoryAnswer,
  MatchRequest,
} from '../community/communityDirectory.js';
import { errorFields } from '../errorFields.js';
import type { Logger } from '../logger.js';

const shown = 3;

export const forStaff: DirectoryAnswer = {
  results: [],
  outcome: 'for-staff',
  confidence: 0,
  danger: null,
};

export function answerFor(
  directory: CommunityDirectory,
  request: MatchRequest,
  emergency: boolean,
): DirectoryAnswer {
  if (!emergency) return directory.answer(request, shown);
  const ranked = directory.match(request, shown);
  return {
    results: ranked.map((match) => ({ ...match, confidence: 1, because: '因为：紧急求助按钮' })),
    outcome: 'matched',
    confidence: 1,
    danger: null,
  };
}

/** answerFor, or "for-staff" when the matcher throws (logged by kind, never with the words). */
export function answerOrForStaff(
  directory: CommunityDirectory,
  logger: Logger,
  request: MatchRequest,
  emergency: boolean,
): DirectoryAnswer {
  try {
    return answerFor(directory, request, emergency);
  } catch (error) {
    logger.error('matching failed; a person routes the request, which is saved all the same', {
      step: 'matching',
      ...errorFields(error),
    });
    return forStaff;
  }
}

/** The reply's resources, each with its confidence and the line staff read. */
export function matchedResources(answer: DirectoryAnswer): MatchedResource[] {
  return answer.results.map(({ resource, openNow, confidence, because }) => ({
    id: resource.id,
    name: resource.name,
    address: resource.address,
    phone: resource.phone,
    openNow,
    confidence,
    because,
  }));
}

export function matchingOutcome(
  answer: DirectoryAnswer,
): NonNullable<SubmittedRequest['matching']> {
  return { outcome: answer.outcome, confidence: answer.confidence, danger: answer.danger };
}
