// The staff PIN pad: large keys, the digits shown only as dots, and plain words for a wrong PIN,
// the five-minute lock and (with card-and-pin) the staff card. Back and Home both leave it.
import { useEffect, useState } from 'react';
import { useTranslation } from '../i18n/translation.js';
import type { StaffEntryState, StaffSession } from '../../../contract/staff.js';
import type { KioskClient } from '../api/kioskClient.js';
import { DigitPad } from '../components/DigitPad.js';
import { NavBar } from '../components/NavBar.js';

interface StaffPinPadProps {
  client: KioskClient;
  onSignedIn: (session: StaffSession) => void;
  onClose: () => void;
}

type Notice =
  | { kind: 'wrong-pin'; attemptsLeft: number }
  | { kind: 'locked'; lockedUntil: string }
  | { kind: 'card-needed' }
  | { kind: 'unavailable' };

const minutesUntil = (iso: string) =>
  Math.max(1, Math.ceil((Date.parse(iso) - Date.now()) / 60_000));

export function StaffPinPad({ client, onSignedIn, onClose }: StaffPinPadProps) {
  const { t } = useTranslation();
  const [entry, setEntry] = useState<StaffEntryState | null>(null);
  const [pin, setPin] = useState('');
  const [notice, setNotice] = useState<Notice | null>(null);
  const [busy, setBusy] = useState(false);
  const [cardToken, setCardToken] = useState<string | null>(null);
  const [cardRound, setCardRound] = useState(0);

  useEffect(() => {
    let live = true;
    client.call('getStaffEntry', {}).then(
      (state) => {
        if (!live) return;
        setEntry(state);
        if (state.lockedUntil) setNotice({ kind: 'locked', lockedUntil: state.lockedUntil });
      },
      () => live && setNotice({ kind: 'unavailable' }),
    );
    return () => {
      live = false;
    };
  }, [client]);

  // With card-and-pin, the staff member's own card comes first.
  const needsCard = entry?.mode === 'card-and-pin' && cardToken === null;
  useEffect(() => {
    if (!needsCard) return undefined;
    let live = true;
    client.call('readCard', { waitMs: 30_000 }).then(
      (result) => {
        if (!live) return;
        if (result.outcome === 'card') setCardToken(result.card.token);
        else setNotice({ kind: 'card-needed' });
      },
      () => live && setNotice({ kind: 'unavailable' }),
    );
    return () => {
      live = false;
    };
  }, [client, needsCard, cardRound]);

  const signIn = () => {
    setBusy(true);
    client
      .call('staffSignIn', cardToken === null ? { pin } : { pin, cardToken })
      .then(
        (result) => {
          setPin('');
          if (result.outcome === 'signed-in') onSignedIn(result.session);
          else if (result.outcome === 'card-needed') {
            setCardToken(null);
            setNotice({ kind: 'card-needed' });
          } else
            setNotice(
              result.outcome === 'locked'
                ? { kind: 'locked', lockedUntil: result.lockedUntil }
                : { kind: 'wrong-pin', attemptsLeft: result.attemptsLeft },
            );
        },
        () => setNotice({ kind: 'unavailable' }),
      )
      .finally(() => setBusy(false));
  };

  const locked = notice?.kind === 'locked';
  const noticeText = (() => {
    if (!notice) return null;
    if (notice.kind === 'wrong-pin')
      return t('staff.entry.wrongPin', { attempts: notice.attemptsLeft });
    if (notice.kind === 'locked')
      return t('staff.entry.locked', { minutes: minutesUntil(notice.lockedUntil) });
    if (notice.kind === 'card-needed') return t('staff.entry.cardNeeded');
    return t('staff.entry.unavailable');
  })();

  return (
    <div
      className="staff-overlay"
      role="dialog"
      aria-modal="true"
      aria-labelledby="staff-entry-title"
      data-testid="staff-entry"
    >
      <NavBar onBack={onClose} onHome={onClose} />
      <div className="staff-pad">
        <h1 id="staff-entry-title">{t('staff.entry.title')}</h1>
        {entry && !entry.accountsExist ? (
          <p className="staff-notice" role="alert" data-testid="staff-no-accounts">
            {t('staff.entry.noAccounts')}
          </p>
        ) : null}
        {noticeText ? (
          <p
            className={`staff-notice${locked ? ' staff-notice--locked' : ''}`}
            role="alert"
            data-testid={`staff-notice-${notice?.kind ?? ''}`}
          >
            {noticeText}
          </p>
        ) : null}
        {needsCard ? (
          <div className="staff-pad__card">
            <p>{t('staff.entry.cardFirst')}</p>
            <button
              type="button"
              className="primary-button"
              data-testid="staff-read-card"
              onClick={() => {
                setNotice(null);
                setCardRound((n) => n + 1);
              }}
            >
              {t('staff.entry.readCardAgain')}
            </button>
          </div>
        ) : (
          <>
            <p>{t('staff.entry.prompt')}</p>
            <p className="staff-pad__dots" data-testid="staff-pin-dots" aria-live="polite">
              {pin.length === 0 ? t('staff.entry.nothingTyped') : '●'.repeat(pin.length)}
            </p>
            <DigitPad value={pin} maxLength={12} onChange={(value) => setPin(value)} />
            <button
              type="button"
              className="primary-button staff-pad__sign-in"
              data-testid="staff-sign-in"
              disabled={busy || locked || pin.length < 6 || entry === null}
              onClick={signIn}
            >
              {busy ? t('staff.entry.checking') : t('staff.entry.signIn')}
            </button>
          </>
        )}
      </div>
    </div>
  );
}
