// One of the staff's device checks: a button that runs it and, under it, one plain sentence of
// how it went. The same shape for the test page, the test read, the way to the centre and the log
// export, so each reads and behaves alike.
import { useTranslation } from '../i18n/translation.js';
import type { StaffCallState } from './useStaffCall.js';

interface CareTestProps<T> {
  label: string;
  state: StaffCallState<T>;
  onRun: () => void;
  buttonTestId: string;
  resultTestId: string;
  words: (value: T) => string;
  /** What to say while it runs, where the general "working" is not plain enough. */
  runningWords?: string;
}

export function CareTest<T>(props: CareTestProps<T>) {
  const { label, state, onRun, buttonTestId } = props;
  return (
    <>
      <button
        type="button"
        className="care-button"
        data-testid={buttonTestId}
        disabled={state.phase === 'running'}
        onClick={onRun}
      >
        {label}
      </button>
      <CareOutcome {...props} />
    </>
  );
}

function CareOutcome<T>({ state, resultTestId, words, runningWords }: CareTestProps<T>) {
  const { t } = useTranslation();
  if (state.phase === 'idle') return null;
  const text =
    state.phase === 'running'
      ? (runningWords ?? t('staffCare.devices.working'))
      : state.phase === 'done'
        ? words(state.value)
        : // The kiosk's own words when it says what is wrong (e.g. the export folder cannot be written).
          state.error?.code === 'unavailable'
          ? state.error.message
          : t('staff.entry.unavailable');
  return (
    <p className="care-result" role="status" data-testid={resultTestId}>
      {text}
    </p>
  );
}
