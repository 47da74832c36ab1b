// Where a need attended at home should be attended: the address on the ID card read in this
// visit (offered only when there is one), a building and room typed in large fields, or the
// place of this kiosk. Only the one chosen goes into the draft.
import { useState } from 'react';
import { useTranslation } from '../i18n/translation.js';
import type { LocationChoice } from '../../../contract/index.js';
import type { AskDraft } from './askDraft.js';

/** The contract's limits for a typed place (LocationChoice 'typed'). */
export const maxBuildingLength = 40;
export const maxRoomLength = 20;

interface LocationScreenProps {
  draft: AskDraft;
  onPick: (location: LocationChoice) => void;
}

export function LocationScreen({ draft, onPick }: LocationScreenProps) {
  const { t } = useTranslation();
  const before = draft.location?.kind === 'typed' ? draft.location : null;
  const [typing, setTyping] = useState(before !== null);
  const [building, setBuilding] = useState(before?.building ?? '');
  const [room, setRoom] = useState(before?.room ?? '');
  const [noBuilding, setNoBuilding] = useState(false);

  if (typing) {
    const next = () => {
      if (building.trim() === '') setNoBuilding(true);
      else onPick({ kind: 'typed', building: building.trim(), room: room.trim() });
    };
    return (
      <main className="screen" data-testid="ask-location">
        <h1>{t('ask.location.typedTitle')}</h1>
        <label className="answer-text">
          <span className="answer-text__label">{t('ask.location.building')}</span>
          <input
            type="text"
            className="answer-text__box"
            data-testid="location-building"
            maxLength={maxBuildingLength}
            value={building}
            onChange={(event) => {
              setBuilding(event.target.value);
              setNoBuilding(false);
            }}
          />
          <span className="answer-text__count">
            {t('ask.question.count', { used: building.length, limit: maxBuildingLength })}
          </span>
        </label>
        <label className="answer-text">
          <span className="answer-text__label">{t('ask.location.room')}</span>
          <input
            type="text"
            className="answer-text__box"
            data-testid="location-room"
            maxLength={maxRoomLength}
            value={room}
            onChange={(event) => setRoom(event.target.value)}
          />
          <span className="answer-text__count">
            {t('ask.question.count', { used: room.length, limit: maxRoomLength })}
          </span>
        </label>
        {noBuilding ? (
          <p className="notice notice--error" role="alert" data-testid="location-problem">
            {t('ask.location.buildingRequired')}
          </p>
        ) : null}
        <div className="action-row">
          <button
            type="button"
            className="primary-button primary-button--large"
            data-testid="location-typed-next"
            onClick={next}
          >
            {t('common.next')}
          </button>
          <button
            type="button"
            className="secondary-button secondary-button--large"
            data-testid="location-other-ways"
            onClick={() => setTyping(false)}
          >
            {t('ask.location.otherWays')}
          </button>
        </div>
      </main>
    );
  }

  return (
    <main className="screen" data-testid="ask-location">
      <h1>{t('ask.location.title')}</h1>
      <p className="screen__lead">{t('ask.location.lead')}</p>
      <div className="choice-grid choice-grid--places">
        {draft.card ? (
          <button
            type="button"
            className="big-choice"
            aria-pressed={draft.location?.kind === 'card-address'}
            data-testid="location-card-address"
            onClick={() => onPick({ kind: 'card-address' })}
          >
            <span className="big-choice__title">{t('ask.location.cardAddress')}</span>
            <span className="big-choice__hint">{t('ask.location.cardAddressHint')}</span>
          </button>
        ) : null}
        <button
          type="button"
          className="big-choice"
          aria-pressed={draft.location?.kind === 'typed'}
          data-testid="location-typed"
          onClick={() => setTyping(true)}
        >
          <span className="big-choice__title">{t('ask.location.typed')}</span>
          <span className="big-choice__hint">{t('ask.location.typedHint')}</span>
        </button>
        <button
          type="button"
          className="big-choice big-choice--outline"
          aria-pressed={draft.location?.kind === 'kiosk'}
          data-testid="location-kiosk"
          onClick={() => onPick({ kind: 'kiosk' })}
        >
          <span className="big-choice__title">{t('ask.location.kiosk')}</span>
          <span className="big-choice__hint">{t('ask.location.kioskHint')}</span>
        </button>
      </div>
    </main>
  );
}
