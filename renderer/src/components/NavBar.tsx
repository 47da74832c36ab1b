import { useTranslation } from 'react-i18next';

interface NavBarProps {
  onBack: () => void;
  onHome: () => void;
}

/** Back and Home, in the same place on every screen but the home screen. */
export function NavBar({ onBack, onHome }: NavBarProps) {
  const { t } = useTranslation();
  return (
    <nav className="nav-bar">
      <button type="button" className="nav-button" data-testid="nav-back" onClick={onBack}>
        <span aria-hidden="true">←</span> {t('common.back')}
      </button>
      <button type="button" className="nav-button" data-testid="nav-home" onClick={onHome}>
        <span aria-hidden="true">⌂</span> {t('common.home')}
      </button>
    </nav>
  );
}
