// Where "nothing fits" precision is lost, on the TUNING part only: for every tuning case the
// matcher sends to staff although a resource was accepted, which path decided it — no known
// word at all (wordless), an out-of-scope word or question vetoing (and which one), the
// generic-word rule (evidenceShape.ts), or evidence too weak for the cut-off (confidence.ts).
// Counts by path, then the cases. Held-out cases are never read.
// Run: `npx jiti tests/bench/matchingNothingPaths.ts` (add a batch file to look at it alone).
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { demoCommunity } from '../../demo/community/index.js';
import { createMatcher } from '../../electron/services/matching/index.js';
import { confidentAtLeast } from '../../electron/services/matching/confidence.js';
import { evidenceShape } from '../../electron/services/matching/evidenceShape.js';
import { outOfScopeReasons } from './matchingOutOfScopeReasons.js';
import { queryFeatures } from '../../electron/services/matching/queryFeatures.js';
import { buildResourceIndex } from '../../electron/services/matching/resourceIndex.js';
import { residentText } from '../../electron/services/matching/text.js';
import { type LabelledNeed, labelledNeeds } from '../unit/matching/labelledNeeds.js';

const askedAt = new Date('2025-03-05T02:00:00Z');
const input = {
  needs: demoCommunity.needs,
  resources: demoCommunity.resources,
  grids: demoCommunity.grids,
};
const matcher = createMatcher(input);
const index = buildResourceIndex(input);

async function casesToRead(): Promise<readonly LabelledNeed[]> {
  const file = process.argv[2];
  if (file === undefined) return labelledNeeds.filter((labelled) => labelled.part === 'tuning');
  const batchModule = (await import(pathToFileURL(resolve(file)).href)) as Record<string, unknown>;
  const batch = Object.values(batchModule).find(
    (value): value is LabelledNeed[] =>
      Array.isArray(value) && value.length > 0 && 'part' in value[0],
  );
  if (batch === undefined) throw new Error(`${file} exports no batch of labelled needs`);
  return batch.filter((labelled) => labelled.part === 'tuning');
}

/** The path that sent an in-scope case to staff. */
function pathOf(labelled: LabelledNeed): string {
  const query = {
    category: labelled.category,
    needId: labelled.needId ?? null,
    description: labelled.description,
    gridId: labelled.gridId ?? null,
    at: askedAt,
  };
  const features = queryFeatures(query, index);
  if (features.wordless) return 'wordless (no known word, no key character)';
  if (features.outOfScope) {
    const text = index.homophones.readPinyin(residentText(labelled.description));
    const reasons = outOfScopeReasons(text);
    return `out of scope: ${reasons.map((reason) => reason.split(' ')[0]).join('+') || '?'}`;
  }
  if (evidenceShape(features, index, labelled.description).genericOnly) return 'generic words only';
  const best = matcher.answer(query, 3).confidence;
  return best < confidentAtLeast ? 'weak evidence (below the cut-off)' : 'other';
}

const cases = await casesToRead();
const byPath = new Map<string, string[]>();
let sentToStaff = 0;
let rightlySent = 0;
let mismatched = 0;
for (const labelled of cases) {
  const answer = matcher.answer(
    {
      category: labelled.category,
      needId: labelled.needId ?? null,
      description: labelled.description,
      gridId: labelled.gridId ?? null,
      at: askedAt,
    },
    3,
  );
  // The reasons must agree with the matcher's own out-of-scope reading, or the counts lie.
  const text = index.homophones.readPinyin(residentText(labelled.description));
  const features = queryFeatures(
    {
      category: labelled.category,
      needId: labelled.needId ?? null,
      description: labelled.description,
      gridId: labelled.gridId ?? null,
      at: askedAt,
    },
    index,
  );
  if (features.outOfScope !== outOfScopeReasons(text).length > 0) mismatched += 1;
  if (answer.outcome !== 'for-staff') continue;
  sentToStaff += 1;
  if (labelled.accept.length === 0) {
    rightlySent += 1;
    continue;
  }
  const path = pathOf(labelled);
  const family = path.startsWith('out of scope') ? 'out of scope' : path;
  byPath.set(family, [...(byPath.get(family) ?? []), `${path}: ${labelled.description}`]);
}

const percent = (share: number) => `${(share * 100).toFixed(1)} %`;
console.log(
  `${cases.length} tuning cases: ${sentToStaff} sent to staff, ${rightlySent} rightly` +
    ` (precision ${percent(sentToStaff === 0 ? 1 : rightlySent / sentToStaff)});` +
    ` in-scope cases sent to staff by path:`,
);
for (const [path, lost] of [...byPath].sort((a, b) => b[1].length - a[1].length)) {
  console.log(`  ${lost.length}  ${path}`);
}
if (mismatched > 0)
  console.log(`  (${mismatched} cases where the reasons disagree with the matcher)`);
for (const [, lost] of byPath) for (const line of lost) console.log(`    ${line}`);
