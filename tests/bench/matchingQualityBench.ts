// `npm run bench` rows for issue 15: how well the matcher answers the labelled needs' held-out
// part (written and split before tuning), beside the source document's keyword-overlap scorer
// on the same cases (matchingQuality.ts describes it). Targets: top-1 ≥ 90 %, danger recall
// 100 %, "nothing fits" recall ≥ 90 % with precision ≥ 90 %. The tuning part is reported too, so
// a gap between the two shows over-fitting. The matcher without its learnt readers
// (dangerModel.ts, outOfScopeModel.ts) is measured beside it, so what they add is a figure of the
// same run.
import type { BenchRow, Benchmark } from './benchTypes.js';
import {
  type QualityFigures,
  articleFigures,
  listsOnlyMatcher,
  matcherFigures,
} from './matchingQuality.js';

const percent = (share: number) => Math.round(share * 1000) / 10;

interface Figure {
  name: string;
  /** null: the scorer has no such figure (the article scorer knows no danger). */
  of: (figures: QualityFigures) => number | null;
  target: number | null;
  /** "≤": lower is better (false alarms); otherwise "≥". */
  atMost?: true;
}

const figures: Figure[] = [
  { name: 'top-1 accuracy', of: (f) => f.top1, target: 0.9 },
  { name: 'top-3 accuracy', of: (f) => f.top3, target: null },
  { name: '"nothing fits" precision', of: (f) => f.nothingFitsPrecision, target: 0.9 },
  { name: '"nothing fits" recall', of: (f) => f.nothingFitsRecall, target: 0.9 },
  { name: 'danger recall', of: (f) => f.dangerRecall, target: 1 },
  {
    name: 'danger false alarms on non-danger cases',
    of: (f) => f.dangerFalseAlarms,
    target: 0.02,
    atMost: true,
  },
];

function rows(label: string, result: QualityFigures, withTargets: boolean): BenchRow[] {
  return figures.flatMap((figure) => {
    const value = figure.of(result);
    if (value === null) return [];
    const target = withTargets ? figure.target : null;
    const met = (wanted: number) =>
      figure.atMost ? value <= wanted + 1e-9 : value >= wanted - 1e-9;
    return [
      {
        benchmark: `${label}: ${figure.name} (${result.cases} cases)`,
        figure: percent(value),
        unit: '%',
        target: target === null ? '-' : `${figure.atMost ? '≤' : '≥'} ${percent(target)}`,
        met: target === null ? null : met(target),
      },
    ];
  });
}

export const matchingQualityBench: Benchmark = {
  name: 'matching quality on labelled needs',
  run(): Promise<BenchRow[]> {
    return Promise.resolve([
      ...rows('matcher, held-out', matcherFigures('held-out'), true),
      ...rows('article scorer, held-out (baseline)', articleFigures('held-out'), false),
      ...rows(
        'matcher with the lists alone (no learnt reader), held-out',
        matcherFigures('held-out', listsOnlyMatcher()),
        false,
      ),
      ...rows('matcher, tuning part (for comparison)', matcherFigures('tuning'), false),
    ]);
  },
};
