// The effective mapping as lines staff can read: every need, every category's "something
// else" and the emergency button, with the platform code and where it came from (file, guess,
// fallback, unmapped) and why a line is not offered.
import type { CommunityData } from '../../../contract/index.js';
import type { EffectiveMapping, MappingLine } from './effectiveMapping.js';
import type { ServiceCatalog } from './serviceCatalog.js';

function describeLine(subject: string, line: MappingLine | undefined): string {
  if (!line) return `${subject.padEnd(44)} → (none)           unmapped`;
  const code = (line.serviceCode ?? '-').padEnd(16);
  const offered = line.accepted ? '' : '  [not offered]';
  const note = line.note ? `  (${line.note})` : '';
  return `${subject.padEnd(44)} → ${code} ${line.origin}${offered}${note}`;
}

export function mappingReport(
  directory: CommunityData,
  mapping: EffectiveMapping,
  catalog: ServiceCatalog,
): string[] {
  const state = catalog.state();
  const counts = catalog.counts();
  const lines = [
    `Platform services: ${counts.accepted} accepted, ${counts.withdrawn} withdrawn; ` +
      `last good read ${state?.fetchedAt ?? 'never'}` +
      (state?.lastError ? `; last attempt failed: ${state.lastError}` : ''),
    '',
    describeLine('emergency button', mapping.emergency),
  ];
  for (const category of directory.categories) {
    lines.push('', `${category.id} — ${category.title['zh-CN']} / ${category.title.en}`);
    lines.push(describeLine(`  something else`, mapping.categories.get(category.id)));
    for (const need of directory.needs.filter((n) => n.category === category.id)) {
      lines.push(describeLine(`  ${need.id} ${need.title['zh-CN']}`, mapping.needs.get(need.id)));
    }
  }
  return lines;
}
