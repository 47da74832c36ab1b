// Step 2: a common need of the category, each with one plain line, or "something else".
import { useTranslation } from 'react-i18next';
import { useCatalog } from '../catalog/useCatalog.js';
import { Loading } from '../components/Loading.js';
import { useLocalize } from '../i18n/useLocalize.js';
import type { AskDraft } from '../visit/screens.js';
import { CatalogProblem } from './CatalogProblem.js';

interface NeedScreenProps {
  category: AskDraft['category'];
  hotline: string;
  onPick: (need: AskDraft['need']) => void;
}

export function NeedScreen({ category, hotline, onPick }: NeedScreenProps) {
  const { t } = useTranslation();
  const localize = useLocalize();
  const catalog = useCatalog();
  const needs =
    catalog.status === 'ready'
      ? (catalog.catalog.categories.find((entry) => entry.id === category.id)?.needs ?? [])
      : [];
  return (
    <main className="screen" data-testid="ask-need">
      <h1>{t('ask.need.title', { category: localize(category.title) })}</h1>
      {catalog.status === 'loading' ? <Loading /> : null}
      {catalog.status === 'failed' ? <CatalogProblem hotline={hotline} /> : null}
      {catalog.status === 'ready' ? (
        <div className="choice-grid">
          {needs.map((need) => (
            <button
              key={need.id}
              type="button"
              className="big-choice"
              data-testid={`need-${need.id}`}
              onClick={() =>
                onPick({ id: need.id, title: need.title, urgentByDefault: need.urgentByDefault })
              }
            >
              <span className="big-choice__title">{localize(need.title)}</span>
              <span className="big-choice__hint">{localize(need.description)}</span>
            </button>
          ))}
          <button
            type="button"
            className="big-choice big-choice--other"
            data-testid="need-other"
            onClick={() => onPick(null)}
          >
            <span className="big-choice__title">{t('ask.need.other')}</span>
            <span className="big-choice__hint">{t('ask.need.otherHint')}</span>
          </button>
        </div>
      ) : null}
    </main>
  );
}
