// `npm run bench` rows for issue 15: how well the matcher answers the labelled needs' held-out
// part (written and split before tuning), beside the source document's keyword-overlap scorer
// on the same cases (matchingQuality.ts describes it). Targets: top-1 ≥ 90 %, danger recall
// 100 %, "nothing fits" recall ≥ 90 % with precision ≥ 90 %. The tuning part is reported too, so
// a gap between the two shows over-fitting.
import type { BenchRow, Benchmark } from './benchTypes.js';
import { type QualityFigures, articleFigures, matcherFigures } from './matchingQuality.js';

const percent = (share: number) => Math.round(share * 1000) / 10;

interface Figure {
  name: string;
  of: (figures: QualityFigures) => number;
  target: number | null;
}

const figures: Figure[] = [
  { name: 'top-1 accuracy', of: (f) => f.top1, target: 0.9 },
  { name: 'top-3 accuracy', of: (f) => f.top3, target: null },
  { name: '"nothing fits" precision', of: (f) => f.nothingFitsPrecision, target: 0.9 },
  { name: '"nothing fits" recall', of: (f) => f.nothingFitsRecall, target: 0.9 },
  { name: 'danger recall', of: (f) => f.dangerRecall, target: 1 },
];

function rows(label: string, result: QualityFigures, withTargets: boolean): BenchRow[] {
  return figures.map((figure) => {
    const value = figure.of(result);
    const target = withTargets ? figure.target : null;
    return {
      benchmark: `${label}: ${figure.name} (${result.cases} cases)`,
      figure: percent(value),
      unit: '%',
      target: target === null ? '-' : `≥ ${percent(target)}`,
      met: target === null ? null : value >= target - 1e-9,
    };
  });
}

export const matchingQualityBench: Benchmark = {
  name: 'matching quality on labelled needs',
  run(): Promise<BenchRow[]> {
    return Promise.resolve([
      ...rows('matcher, held-out', matcherFigures('held-out'), true),
      ...rows('article scorer, held-out (baseline)', articleFigures('held-out'), false),
      ...rows('matcher, tuning part (for comparison)', matcherFigures('tuning'), false),
    ]);
  },
};
