// Decides, per request and in arrival order, whether and how to misbehave. Exactly three numbers
// are drawn per request whatever the outcome, so one decision never shifts the ones after it.
import {
  ChaosOptions,
  type FaultName,
  type ResolvedChaosOptions,
  faultNames,
} from './chaosOptions.js';
import { type Random, seededRandom } from './random.js';

export const malformedVariants = [
  'truncated-json',
  'wrong-shape',
  'html-ok',
  'html-error',
] as const;
export type MalformedVariant = (typeof malformedVariants)[number];

export type ChaosDecision =
  | { fault: 'none' }
  | {
      fault: FaultName;
      when: 'before' | 'after';
      variant: MalformedVariant;
      retryAfterSeconds: number;
      slowMs: number;
    };

export interface ChaosStats {
  decided: number;
  faults: Record<string, { before: number; after: number }>;
}

export interface ChaosEngine {
  decide(): ChaosDecision;
  stats(): ChaosStats;
}

function emptyStats(): ChaosStats {
  return {
    decided: 0,
    faults: Object.fromEntries(faultNames.map((name) => [name, { before: 0, after: 0 }])),
  };
}

export function createChaosEngine(input: ChaosOptions | ResolvedChaosOptions): ChaosEngine {
  const options = ChaosOptions.parse(input);
  const random: Random = seededRandom(options.seed);
  const stats = emptyStats();
  return {
    decide() {
      const [pick, whenDraw, variantDraw] = [random(), random(), random()];
      stats.decided += 1;
      let threshold = 0;
      for (const name of faultNames) {
        threshold += options[name];
        if (pick < threshold) {
          // A slow reply is one the centre has already acted on.
          const when = name === 'slow' || whenDraw < options.afterShare ? 'after' : 'before';
          const counts = stats.faults[name];
          if (counts) counts[when] += 1;
          const variant =
            malformedVariants[Math.floor(variantDraw * malformedVariants.length)] ??
            'truncated-json';
          return {
            fault: name,
            when,
            variant,
            retryAfterSeconds: options.retryAfterSeconds,
            slowMs: options.slowMs,
          };
        }
      }
      return { fault: 'none' };
    },
    stats: () => structuredClone(stats),
  };
}

/** The engine of a server with chaos switched off. */
export const noChaos: ChaosEngine = {
  decide: () => ({ fault: 'none' }),
  stats: emptyStats,
};
