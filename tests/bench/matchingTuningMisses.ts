// Lists the matcher's misses on the TUNING part of the labelled needs, and only those: the one
// list to read while changing the matcher, so the held-out part stays unseen and its figures in
// `npm run bench` stay honest. Run: `npx jiti tests/bench/matchingTuningMisses.ts` (or the
// built copy under build/node). It prints the tuning figures too.
import { matcherFigures } from './matchingQuality.js';

const tuning = matcherFigures('tuning');
const percent = (share: number) => `${(share * 100).toFixed(1)} %`;
console.log(
  `tuning part, ${tuning.cases} cases: top-1 ${percent(tuning.top1)}, top-3 ${percent(tuning.top3)},` +
    ` nothing-fits precision ${percent(tuning.nothingFitsPrecision)},` +
    ` recall ${percent(tuning.nothingFitsRecall)}, danger recall ${percent(tuning.dangerRecall)},` +
    ` danger false alarms ${percent(tuning.dangerFalseAlarms ?? 0)}`,
);
for (const miss of tuning.misses) console.log(`  ${miss}`);
