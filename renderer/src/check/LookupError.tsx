// Why a look-up found nothing, in plain words: an unknown number, digits that do not match,
// too many tries in a minute (the kiosk waits before it answers again), or the kiosk itself.
import { useTranslation } from '../i18n/translation.js';
import type { ActionState } from '../api/useAction.js';

function lookupProblemKey({ error, reason }: Pick<ActionState, 'error' | 'reason'>): string {
  if (reason === 'too-many-tries') return 'check.tooManyTries';
  if (reason === 'proof-wrong') return 'check.unlock.wrong';
  if (error === 'not-found' || error === 'invalid-input') return 'check.notFound';
  return 'check.failed';
}

export function LookupError({
  state,
  hotline,
}: {
  state: Pick<ActionState, 'error' | 'reason'>;
  hotline: string;
}) {
  const { t } = useTranslation();
  if (!state.error) return null;
  return (
    <p
      className="notice notice--error"
      role="alert"
      data-testid="lookup-error"
      data-reason={state.reason ?? state.error}
    >
      {t(lookupProblemKey(state), { hotline })}
    </p>
  );
}
