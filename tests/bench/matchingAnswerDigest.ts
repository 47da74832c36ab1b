// A fingerprint of everything the matcher answers, to prove a speed change changed no answer:
// for every labelled need (both parts) and every query of the 10,000-resource bench, the hash of
// answer() (ids, order, scores, confidence, reasons, the because line, the danger signal), of
// match() and of danger(). Only hashes are written, never a description, so the held-out part
// stays unseen. Write one file per build, then compare them: only the number that differ is told.
//
//   node build/node/tests/bench/matchingAnswerDigest.js write FILE [--matcher BUILD]
//   node build/node/tests/bench/matchingAnswerDigest.js compare FILE_A FILE_B
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { demoCommunity } from '../../demo/community/index.js';
import * as thisMatching from '../../electron/services/matching/index.js';
import type { MatchQuery, Matcher } from '../../electron/services/matching/index.js';
import { labelledNeeds } from '../unit/matching/labelledNeeds.js';
import { benchWorkload } from './matchingWorkload.js';

type MatchingModule = Pick<typeof thisMatching, 'createMatcher'>;

const askedAt = new Date('2025-03-05T02:00:00Z');
/** Resources are named by id: the rest of a resource is the directory's, not the answer's. */
const withIds = (_key: string, value: unknown) =>
  value !== null && typeof value === 'object' && 'resource' in value
    ? { ...value, resource: (value as { resource: { id: string } }).resource.id }
    : value;
const hash = (value: unknown) =>
  createHash('sha256').update(JSON.stringify(value, withIds)).digest('hex').slice(0, 16);

function digests(matcher: Matcher, queries: readonly MatchQuery[]): string[] {
  return queries.map((query) =>
    hash([
      matcher.answer(query, 3),
      matcher.match(query, 5),
      matcher.danger(query.description, query.needId),
    ]),
  );
}

async function write(file: string, build: string | undefined) {
  const matching: MatchingModule =
    build === undefined
      ? thisMatching
      : ((await import(
          pathToFileURL(resolve(build, 'electron/services/matching/index.js')).href
        )) as MatchingModule);
  const demo = matching.createMatcher({
    needs: demoCommunity.needs,
    resources: demoCommunity.resources,
    grids: demoCommunity.grids,
  });
  const labelled = labelledNeeds.map((need): MatchQuery => ({
    category: need.category,
    needId: need.needId ?? null,
    description: need.description,
    gridId: need.gridId ?? null,
    at: askedAt,
  }));
  const { resources, warmUp, queries } = benchWorkload();
  const large = matching.createMatcher({
    needs: demoCommunity.needs,
    resources,
    grids: demoCommunity.grids,
  });
  const lines = [
    ...digests(demo, labelled).map((digest) => `labelled ${digest}`),
    ...digests(large, [...warmUp, ...queries]).map((digest) => `bench ${digest}`),
  ];
  writeFileSync(file, `${lines.join('\n')}\n`);
  console.log(`${lines.length} answers fingerprinted`);
}

function compare(fileA: string, fileB: string) {
  const a = readFileSync(fileA, 'utf8').trim().split('\n');
  const b = readFileSync(fileB, 'utf8').trim().split('\n');
  if (a.length !== b.length) throw new Error(`different counts: ${a.length} and ${b.length}`);
  const differing = (kind: string) =>
    a.filter((line, at) => line.startsWith(kind) && line !== b[at]).length;
  const of = (kind: string) => a.filter((line) => line.startsWith(kind)).length;
  console.log(`labelled needs: ${differing('labelled')} of ${of('labelled')} answers differ`);
  console.log(`bench queries: ${differing('bench')} of ${of('bench')} answers differ`);
  if (a.some((line, at) => line !== b[at])) process.exitCode = 1;
}

const [mode, first, second] = process.argv.slice(2);
const at = process.argv.indexOf('--matcher');
if (mode === 'write' && first !== undefined) {
  await write(first, at < 0 ? undefined : process.argv[at + 1]);
} else if (mode === 'compare' && first !== undefined && second !== undefined) {
  compare(first, second);
} else {
  throw new Error('usage: matchingAnswerDigest.js write FILE [--matcher BUILD] | compare A B');
}
