// The screen for where the resident is, drawn by the journey that registered it
// (journeyRegistry.ts) from the screen's own data and the visit's shared context.
import type { AssistedSubmission, CardHolder, KioskInfo } from '../../../contract/index.js';
import { useAssisted } from '../assisted/AssistedContext.js';
import type { EmergencyOutcome } from '../emergency/useEmergency.js';
import { drawScreen } from './journeyRegistry.js';
import type { Screen } from './screens.js';
import type { Navigation } from './useNavigation.js';

interface ScreenViewProps {
  screen: Screen;
  nav: Navigation;
  info: KioskInfo;
  card: CardHolder | null;
  onCard: (card: CardHolder) => void;
  emergency: EmergencyOutcome | null;
  onForget: () => void;
  /** The red button's path (alert the centre, show 110/120/119), offered on a danger result. */
  onEmergency?: () => void;
  /** The clock the date questions count days from. */
  now?: () => Date;
  /** Assisted entry: the resident confirmed the emergency staff entered for them. */
  onAssistedEmergency?: (phone: string, submission: AssistedSubmission) => void;
}

const systemClock = () => new Date();

export function ScreenView({ screen, nav, info, now = systemClock, ...visit }: ScreenViewProps) {
  const assisted = useAssisted();
  const demoMode = info.demoMode;
  return drawScreen(screen, {
    ...visit,
    nav,
    info,
    now,
    assisted,
    demoMode,
    hotline: info.centreHotline,
    servicesLoading: info.platform.directorySource === 'hotline-only',
    showReceipt: demoMode ? () => nav.open({ name: 'receipt-preview' }) : undefined,
  });
}
