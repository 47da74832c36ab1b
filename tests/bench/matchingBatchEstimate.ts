// The honest estimate for one new batch of labelled needs: the matcher's figures on the batch's
// held-out part alone, taken once, after the batch is written and before anyone tunes on it.
// It prints figures only, never the held-out cases, so that part stays unseen; the tuning part's
// misses are printed, as matchingTuningMisses.ts does for all batches.
// Run: `npx jiti tests/bench/matchingBatchEstimate.ts tests/unit/matching/labelledNeedsTwentiethBatch.ts`
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { LabelledNeed } from '../unit/matching/labelledNeeds.js';
import { type QualityFigures, casesFigures } from './matchingQuality.js';

const percent = (share: number) => `${(share * 100).toFixed(1)} %`;
const line = (name: string, figures: QualityFigures) =>
  `${name}, ${figures.cases} cases: top-1 ${percent(figures.top1)}, top-3 ${percent(figures.top3)},` +
  ` nothing-fits precision ${percent(figures.nothingFitsPrecision)},` +
  ` recall ${percent(figures.nothingFitsRecall)}, danger recall ${percent(figures.dangerRecall)},` +
  ` danger false alarms ${percent(figures.dangerFalseAlarms ?? 0)}`;

const file = process.argv[2];
if (file === undefined)
  throw new Error('name the batch file, e.g. tests/unit/matching/labelledNeedsTwentiethBatch.ts');
const batchModule = (await import(pathToFileURL(resolve(file)).href)) as Record<string, unknown>;
const batch = Object.values(batchModule).find(
  (value): value is LabelledNeed[] =>
    Array.isArray(value) && value.length > 0 && 'part' in value[0],
);
if (batch === undefined) throw new Error(`${file} exports no split batch of labelled needs`);

const heldOut = batch.filter((labelled) => labelled.part === 'held-out');
const tuning = batch.filter((labelled) => labelled.part === 'tuning');
// A wholly held-out or wholly tuning batch has one part; an empty part's figures would read 100 %.
if (heldOut.length > 0) console.log(line('held-out part', casesFigures(heldOut)));
if (tuning.length > 0) {
  const tuningFigures = casesFigures(tuning);
  console.log(line('tuning part', tuningFigures));
  for (const miss of tuningFigures.misses) console.log(`  ${miss}`);
}
