// The services the centre offers, derived from its community directory: each common need is a
// service, and each category adds one "something else" service so a resident who picked no
// common need still has a code to file under.
import type { CentreDirectory, LocalizedText } from '../../wire/directory.js';
import type { CategoryId } from '../../wire/vocabulary.js';

/** Each need area's "something else" service, e.g. basic-living-other. */
export function otherServiceCode(category: CategoryId): string {
  return `${category}-other`;
}

export interface CatalogService {
  code: string;
  category: CategoryId;
  name: LocalizedText;
  description: LocalizedText;
  keywords: readonly string[];
}

export type Catalog = ReadonlyMap<string, CatalogService>;

const otherName = (title: LocalizedText): LocalizedText => ({
  'zh-CN': `${title['zh-CN']}：其他需求`,
  'zh-TW': `${title['zh-TW']}：其他需求`,
  en: `${title.en}: something else`,
});

export function buildCatalog(directory: CentreDirectory): Catalog {
  const services = new Map<string, CatalogService>();
  for (const category of directory.categories) {
    for (const need of directory.needs.filter((n) => n.category === category.id)) {
      services.set(need.id, {
        code: need.id,
        category: need.category,
        name: need.title,
        description: need.description,
        keywords: need.keywords,
      });
    }
    const code = otherServiceCode(category.id);
    services.set(code, {
      code,
      category: category.id,
      name: otherName(category.title),
      description: category.hint,
      keywords: [category.title['zh-CN'], category.title.en],
    });
  }
  return services;
}
