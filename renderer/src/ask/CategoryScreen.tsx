// Step 1 of "Ask for help": which of the five kinds of help.
import { useTranslation } from '../i18n/translation.js';
import { useCatalog } from '../catalog/useCatalog.js';
import { Loading } from '../components/Loading.js';
import { useLocalize } from '../i18n/useLocalize.js';
import type { AskDraft } from './askDraft.js';
import { CatalogProblem } from './CatalogProblem.js';
import { ServicesLoading } from './ServicesLoading.js';
import { Pager } from '../layout/Pager.js';

interface CategoryScreenProps {
  hotline: string;
  /** No directory yet: only "something else" and the hotline (see ServicesLoading). */
  servicesLoading: boolean;
  onPick: (category: AskDraft['category']) => void;
}

export function CategoryScreen({ hotline, servicesLoading, onPick }: CategoryScreenProps) {
  const { t } = useTranslation();
  const localize = useLocalize();
  const catalog = useCatalog();
  return (
    <main className="screen" data-testid="ask-category">
      <h1>{t('ask.category.title')}</h1>
      {catalog.status === 'loading' ? <Loading /> : null}
      {catalog.status === 'failed' ? <CatalogProblem hotline={hotline} /> : null}
      {servicesLoading ? <ServicesLoading hotline={hotline} /> : null}
      {catalog.status === 'ready' ? (
        <Pager
          listClassName="choice-grid choice-grid--categories"
          items={catalog.catalog.categories.map((category) => (
            <button
              key={category.id}
              type="button"
              className="big-choice"
              data-testid={`category-${category.id}`}
              onClick={() => onPick({ id: category.id, title: category.title })}
            >
              <span className="big-choice__title">{localize(category.title)}</span>
              <span className="big-choice__hint">{localize(category.hint)}</span>
            </button>
          ))}
        />
      ) : null}
    </main>
  );
}
