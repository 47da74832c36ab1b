import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';

// Vitest runs at most (cores - 1) files at once by default: one at a time on the 2-core CI
// machine, where most files wait on child processes, SQLite fsyncs and sockets rather than
// compute, and half the wall time is importing modules. Two at a time there nearly halves the
// wall time (tests/unit/matching + tests/unit/upload: 193 s → 102 s on the loaded machine); on
// bigger machines the default stands. Every test waits for events, not for the clock, so two
// files side by side do not race each other.
const maxWorkers = Math.max(2, availableParallelism() - 1);

export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.ts', 'tests/integration/**/*.test.ts'],
    environment: 'node',
    testTimeout: 30_000,
    hookTimeout: 30_000,
    pool: 'forks',
    maxWorkers,
  },
});
