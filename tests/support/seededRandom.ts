// mulberry32: a small seeded generator giving the same sequence for the same seed on every
// machine, so a fuzz case, a fault-injection run or a bench workload can be replayed from its seed.
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** An integer in [0, max). */
export const randomInt = (random: () => number, max: number): number => Math.floor(random() * max);
