// Step 2: a common need of the category, each with one plain line, or "something else".
import { useTranslation } from '../i18n/translation.js';
import { useCatalog } from '../catalog/useCatalog.js';
import { Loading } from '../components/Loading.js';
import { useLocalize } from '../i18n/useLocalize.js';
import type { AskDraft, AskPlatform } from './askDraft.js';
import { CatalogProblem } from './CatalogProblem.js';
import { ServicesLoading } from './ServicesLoading.js';
import { Pager } from '../layout/Pager.js';

interface NeedScreenProps {
  category: AskDraft['category'];
  hotline: string;
  /** No directory yet: only "something else" and the hotline (see ServicesLoading). */
  servicesLoading: boolean;
  /** The need (null: "something else") and what the platform asks for it. */
  onPick: (need: AskDraft['need'], platform: AskPlatform) => void;
}

export function NeedScreen({ category, hotline, servicesLoading, onPick }: NeedScreenProps) {
  const { t } = useTranslation();
  const localize = useLocalize();
  const catalog = useCatalog();
  const entry =
    catalog.status === 'ready'
      ? catalog.catalog.categories.find((listed) => listed.id === category.id)
      : undefined;
  const needs = entry?.needs ?? [];
  // null: the centre's platform takes nothing under "something else" in this category.
  const other = entry?.other ?? null;
  return (
    <main className="screen" data-testid="ask-need">
      <h1>{t('ask.need.title', { category: localize(category.title) })}</h1>
      {catalog.status === 'loading' ? <Loading /> : null}
      {catalog.status === 'failed' ? <CatalogProblem hotline={hotline} /> : null}
      {servicesLoading ? <ServicesLoading hotline={hotline} /> : null}
      {catalog.status === 'ready' ? (
        <Pager
          listClassName="choice-grid"
          items={[
            ...needs.map((need) => (
              <button
                key={need.id}
                type="button"
                className="big-choice"
                data-testid={`need-${need.id}`}
                onClick={() =>
                  onPick(
                    { id: need.id, title: need.title, urgentByDefault: need.urgentByDefault },
                    { location: need.location, questions: need.questions },
                  )
                }
              >
                <span className="big-choice__title">{localize(need.title)}</span>
                <span className="big-choice__hint">{localize(need.description)}</span>
              </button>
            )),
            ...(other
              ? [
                  <button
                    type="button"
                    className="big-choice big-choice--other"
                    data-testid="need-other"
                    onClick={() => onPick(null, other)}
                  >
                    <span className="big-choice__title">{t('ask.need.other')}</span>
                    <span className="big-choice__hint">{t('ask.need.otherHint')}</span>
                  </button>,
                ]
              : []),
          ]}
        />
      ) : null}
    </main>
  );
}
