// Demo mode only: a small (but still 60 px) control for testers to "place" one of the
// simulator's demo cards on the reader.
import { useState } from 'react';
import { useTranslation } from '../i18n/translation.js';
import { demoCardIds } from '../../../contract/constants.js';
import { useCardReadLoop } from '../card/CardReadContext.js';

export function DemoCardPicker() {
  const { t } = useTranslation();
  const loop = useCardReadLoop();
  const [open, setOpen] = useState(false);
  const [failed, setFailed] = useState(false);

  return (
    <div className="demo-cards">
      <button
        type="button"
        className="demo-cards__toggle"
        aria-expanded={open}
        data-testid="demo-cards"
        onClick={() => setOpen((value) => !value)}
      >
        {t('card.demo.button')}
      </button>
      {open ? (
        <ul className="demo-cards__list">
          {demoCardIds.map((cardId) => (
            <li key={cardId}>
              <button
                type="button"
                className="demo-cards__card"
                data-testid={`demo-card-${cardId}`}
                onClick={() => {
                  setOpen(false);
                  loop.placeDemoCard(cardId).then(
                    () => setFailed(false),
                    () => setFailed(true),
                  );
                }}
              >
                {t(`card.demo.cards.${cardId}`)}
              </button>
            </li>
          ))}
        </ul>
      ) : null}
      {failed ? <p className="demo-cards__failed">{t('card.demo.failed')}</p> : null}
    </div>
  );
}
