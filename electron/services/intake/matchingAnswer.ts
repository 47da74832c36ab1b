// What the resident is told will help, for one saved request. An ordinary request gets the
// matcher's confident resources only, or none and "for-staff" when nothing fits (a person then
// routes it); the emergency button gets the safety category's resources whatever the words,
// since the emergency team is always right for it. When matching cannot run, a person routes.
import type { MatchedResource, SubmittedRequest } from '../../../contract/index.js';
import type {
  CommunityDirectory,
  DirectoryAnswer,
  MatchRequest,
} from '../community/communityDirectory.js';

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
