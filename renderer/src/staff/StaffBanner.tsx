// Always on top while staff mode is on: that it is on, who is signed in, and a large "Sign out".
import { useTranslation } from '../i18n/translation.js';
import type { StaffMember } from '../../../contract/staff.js';

interface StaffBannerProps {
  staff: StaffMember;
  onUploadQueue: () => void;
  onMyCard: () => void;
  onRequests: () => void;
  /** Devices, settings and the demand view; the button shows when given. */
  onKioskCare?: () => void;
  onSignOut: () => void;
  /** "为居民代办" (renderer/src/assisted); absent where the frame offers no assisted entry. */
  onAssisted?: (() => void) | undefined;
}

export function StaffBanner({
  staff,
  onUploadQueue,
  onMyCard,
  onRequests,
  onKioskCare,
  onSignOut,
  onAssisted,
}: StaffBannerProps) {
  const { t } = useTranslation();
  return (
    <div className="staff-banner" role="status" data-testid="staff-banner">
      <p className="staff-banner__text">
        <strong>{t('staff.banner.on')}</strong>{' '}
        <span data-testid="staff-banner-name">{t('staff.banner.who', { name: staff.name })}</span>
      </p>
      {onAssisted ? (
        <button
          type="button"
          className="staff-banner__button"
          data-testid="staff-assisted"
          onClick={onAssisted}
        >
          {t('assisted.menu.open')}
        </button>
      ) : null}
      <button
        type="button"
        className="staff-banner__button"
        data-testid="staff-upload-queue"
        onClick={onUploadQueue}
      >
        {t('staff.banner.uploadQueue')}
      </button>
      <button
        type="button"
        className="staff-banner__button"
        data-testid="staff-requests-button"
        onClick={onRequests}
      >
        {t('staff.banner.requests')}
      </button>
      <button
        type="button"
        className="staff-banner__button"
        data-testid="staff-my-card"
        onClick={onMyCard}
      >
        {t('staff.banner.myCard')}
      </button>
      {onKioskCare ? (
        <button
          type="button"
          className="staff-banner__button"
          data-testid="staff-kiosk-care"
          onClick={onKioskCare}
        >
          {t('staff.banner.kioskCare')}
        </button>
      ) : null}
      <button
        type="button"
        className="staff-banner__button staff-banner__sign-out"
        data-testid="staff-sign-out"
        onClick={onSignOut}
      >
        {t('staff.banner.signOut')}
      </button>
    </div>
  );
}
