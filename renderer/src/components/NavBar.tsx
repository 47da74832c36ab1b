// Back and Home, in the same place on every screen but the home screen, with the step of the
// journey between them and a slot at the end of the bar for one more control (read aloud).
import type { ReactNode } from 'react';
import { useTranslation } from '../i18n/translation.js';
import type { JourneyStep } from '../visit/journeyStep.js';

interface NavBarProps {
  onBack: () => void;
  onHome: () => void;
  step?: JourneyStep | null;
  /** One more control at the end of the bar; the bar keeps room for it. */
  slot?: ReactNode;
}

export function NavBar({ onBack, onHome, step = null, slot }: NavBarProps) {
  const { t } = useTranslation();
  return (
    <nav className="nav-bar">
      <button type="button" className="nav-button" data-testid="nav-back" onClick={onBack}>
        <span aria-hidden="true">←</span> {t('common.back')}
      </button>
      <button type="button" className="nav-button" data-testid="nav-home" onClick={onHome}>
        <span aria-hidden="true">⌂</span> {t('common.home')}
      </button>
      {step ? (
        <p className="step-counter" data-testid="step-counter">
          {t('common.step', { step: step.step, total: step.total })}
        </p>
      ) : null}
      <div className="nav-bar__slot" data-testid="nav-slot">
        {slot}
      </div>
    </nav>
  );
}
