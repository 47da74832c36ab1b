// The matcher's work per answer, for valgrind's callgrind: instruction counts do not move with
// the machine's load, so two builds can be compared on a noisy machine. It builds a matcher over
// the bench's 10,000 synthetic resources (matchingWorkload.ts), answers the bench's warm-up
// queries, then answers the timed ones `--rounds` times. Run it twice under callgrind, with
// `--rounds 0` and with `--rounds N`: the difference ÷ (N × queries) is the instructions of one
// answer, build and warm-up excluded (tests/bench/matchingInstructions.sh does that).
//
//   node build/node/tests/bench/matchingInstructions.js [--matcher BUILD] [--pool BUILD] [--rounds N]
//
// BUILD is a compiled tree (its build/node directory): --matcher takes createMatcher from it (an
// older commit's build, say), --pool the synonym groups the resources' keywords are drawn from,
// so different builds can be measured on the same resources. Both default to this build.
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { demoCommunity } from '../../demo/community/index.js';
import * as thisMatching from '../../electron/services/matching/index.js';
import { type SynonymSource, benchWorkload } from './matchingWorkload.js';

type MatchingModule = Pick<typeof thisMatching, 'createMatcher' | 'defaultSynonyms'>;

function option(name: string): string | undefined {
  const at = process.argv.indexOf(`--${name}`);
  return at < 0 ? undefined : process.argv[at + 1];
}

async function matchingOf(build: string | undefined): Promise<MatchingModule> {
  if (build === undefined) return thisMatching;
  const file = resolve(build, 'electron/services/matching/index.js');
  return (await import(pathToFileURL(file).href)) as MatchingModule;
}

const matching = await matchingOf(option('matcher'));
const pool: SynonymSource = (await matchingOf(option('pool'))).defaultSynonyms;
const rounds = Number(option('rounds') ?? '1');
const { resources, warmUp, queries } = benchWorkload(pool);
const matcher = matching.createMatcher({
  needs: demoCommunity.needs,
  resources,
  grids: demoCommunity.grids,
});
let shown = 0;
for (const query of warmUp) shown += matcher.answer(query, 3).results.length;
for (let round = 0; round < rounds; round += 1) {
  for (const query of queries) shown += matcher.answer(query, 3).results.length;
}
console.log(`${rounds} × ${queries.length} answers after ${warmUp.length} warm-up, ${shown} shown`);
