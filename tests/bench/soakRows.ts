// The soak's bench rows, from its samples: what each figure is, said in its row. Every growth
// figure is a least-squares slope over all the samples of the measured run (one a simulated
// hour, each after two forced collections, taken after warm-up), so a single sample that caught
// V8's young generation large or small moves it little; the idle host beside it is the same
// sampling with no visits, in the same run.
import type { BenchRow } from './benchTypes.js';
import { round } from './benchTypes.js';
import { type Sample, type SampleField, growthPer1000 } from './soakMeasure.js';

export interface SoakOutcome {
  hours: number;
  visits: number;
  warmUpVisits: number;
  day: Sample[];
  idle: Sample[];
  saved: number;
  lostOrDuplicated: number;
  answers: boolean;
}

const mb = (bytes: number) => round(bytes / 1024 / 1024, 2);
const slope = (samples: readonly Sample[], field: SampleField) => mb(growthPer1000(samples, field));
/** RSS less the young generation's resident pages: the rest of the process. */
const withoutNewSpace = (samples: readonly Sample[]): Sample[] =>
  samples.map((sample) => ({ ...sample, rss: sample.rss - sample.newSpace }));

export function soakRows(outcome: SoakOutcome): BenchRow[] {
  const { day, idle } = outcome;
  const first = day[0];
  const last = day.at(-1);
  const idleFirst = idle[0];
  const idleLast = idle.at(-1);
  if (!first || !last || !idleFirst || !idleLast) throw new Error('the soak took no samples');
  const how = `fitted over ${day.length} samples after ${outcome.warmUpVisits} warm-up visits`;
  const rssGrowth = slope(day, 'rss');
  const handleGrowth = last.handles - first.handles;
  const growthRow = (label: string, field: SampleField): BenchRow => ({
    benchmark: `soak: ${label} growth per 1,000 visits (idle host alongside)`,
    figure: slope(day, field),
    unit: `MB (idle ${slope(idle, field)}; ${mb(first[field])} → ${mb(last[field])} MB)`,
    target: '-',
    met: null,
  });
  return [
    {
      benchmark: `soak: visits in ${outcome.hours} simulated hours (network down ${outcome.hours / 2}×, printer failing)`,
      figure: outcome.visits,
      unit: `visits (after ${outcome.warmUpVisits} warm-up visits)`,
      target: '-',
      met: null,
    },
    {
      benchmark: 'soak: host RSS growth per 1,000 visits',
      figure: rssGrowth,
      unit: `MB (${how}; less V8's young generation: ${slope(withoutNewSpace(day), 'rss')})`,
      target: '≤ 2',
      met: rssGrowth <= 2,
    },
    {
      benchmark: 'soak: idle host RSS growth in the same time (baseline)',
      figure: slope(idle, 'rss'),
      unit: `MB (${idle.length} samples, no visits)`,
      target: '-',
      met: null,
    },
    growthRow('heapUsed', 'heapUsed'),
    growthRow('external', 'external'),
    growthRow('arrayBuffers', 'arrayBuffers'),
    {
      benchmark: 'soak: open handles, last sample − first',
      figure: handleGrowth,
      unit: `handles (idle ${idleLast.handles - idleFirst.handles})`,
      target: '= 0',
      met: handleGrowth <= 0,
    },
    {
      benchmark: 'soak: requests lost or duplicated at the centre',
      figure: outcome.lostOrDuplicated,
      unit: `of ${outcome.saved}`,
      target: '= 0',
      met: outcome.lostOrDuplicated === 0 && outcome.saved > 0,
    },
    {
      benchmark: 'soak: host answers after the run',
      figure: outcome.answers ? 1 : 0,
      unit: 'yes = 1',
      target: '= 1',
      met: outcome.answers,
    },
  ];
}
