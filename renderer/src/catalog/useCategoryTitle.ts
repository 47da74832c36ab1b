// A category's name in the visit's language, once the catalogue has loaded.
import type { CategoryId } from '../../../contract/index.js';
import { useLocalize } from '../i18n/useLocalize.js';
import { useCatalog } from './useCatalog.js';

export function useCategoryTitle(category: CategoryId | null): string | null {
  const catalog = useCatalog();
  const localize = useLocalize();
  if (catalog.status !== 'ready') return null;
  const found = catalog.catalog.categories.find((entry) => entry.id === category);
  return found ? localize(found.title) : null;
}
