// A request whose words signal danger to life or home (a faint, gas, a break-in) is stored and
// forwarded as urgent, whatever urgency the resident tapped: an elderly resident who typed
// "老伴胸痛" and then pressed "not urgent" to get on with it must not wait in the normal queue.
// The same danger detector decides as the one that puts the emergency resources first, so the
// screen's offer, the answer and the stored urgency agree. When the check itself fails, the
// resident's own choice stands (a saved request matters more than a raised one).
import type { DangerKind, Urgency } from '../../../contract/index.js';
import type { CommunityDirectory } from '../community/communityDirectory.js';
import type { Logger } from '../logger.js';

interface UrgencyFacts {
  description: string;
  needId: string | null;
  urgency: Urgency;
  emergency: boolean;
}

/** The danger kinds that raise the urgency, or null when the words signal none. */
export function dangerRaisingUrgency(
  directory: Pick<CommunityDirectory, 'danger'>,
  intake: Pick<UrgencyFacts, 'description' | 'needId'>,
  logger: Logger,
): DangerKind[] | null {
  try {
    return directory.danger(intake.description, intake.needId)?.kinds ?? null;
  } catch (error) {
    logger.error('danger check failed; the resident’s urgency stands', {
      error: error instanceof Error ? error.name : 'unknown',
    });
    return null;
  }
}

/**
 * The intake as it is, or urgent and carrying the danger kinds (stored, and sent in the facts
 * line, so the platform's staff see why) when its words signal danger. Logged with the kinds
 * only. The emergency button needs neither: it is urgent and first in the queue already.
 */
export function withDangerUrgency<T extends UrgencyFacts>(
  directory: Pick<CommunityDirectory, 'danger'>,
  logger: Logger,
  intake: T,
): T & { dangerKinds?: DangerKind[] } {
  if (intake.emergency) return intake;
  const kinds = dangerRaisingUrgency(directory, intake, logger);
  if (kinds === null) return intake;
  // Kinds only: the resident's words are personal and never logged.
  if (intake.urgency !== 'urgent') {
    logger.info('urgency raised: the description signals danger', { danger: kinds.join(',') });
  }
  return { ...intake, urgency: 'urgent', dangerKinds: kinds };
}
