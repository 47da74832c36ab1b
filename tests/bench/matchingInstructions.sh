#!/bin/sh
# Instructions per answer() at 10,000 resources, by callgrind (see matchingInstructions.ts):
# the instructions of a run answering ROUNDS × 400 queries, less those of a run answering none
# (build and warm-up alike in both), ÷ the answers. Repeatable whatever the machine's load.
#   tests/bench/matchingInstructions.sh [MATCHER_BUILD] [POOL_BUILD] [ROUNDS] [SCRIPT_BUILD]
# Builds are compiled trees' build/node directories (a copy needs node_modules and package.json
# beside or above it); all default to this tree's build/node. SCRIPT_BUILD holds this script's
# compiled driver: give a copy of the build when this tree may be rebuilt during the count.
set -eu
here=$(cd "$(dirname "$0")/../.." && pwd)
matcher=${1:-$here/build/node}
pool=${2:-$here/build/node}
rounds=${3:-3}
script=${4:-$here/build/node}/tests/bench/matchingInstructions.js
out=$(mktemp -d)
count() {
  # One thread, fixed seeds, no address randomisation: V8's hashing and GC as alike from run to
  # run as they go (without these, two runs of one build differed by about 1 %, so by default
  # three rounds of answers are counted, to keep that small beside the answers' own count).
  setarch "$(uname -m)" -R valgrind --tool=callgrind --callgrind-out-file="$out/cg.$1" \
    node --single-threaded --predictable --hash-seed=1 --random-seed=1 \
    "$script" --matcher "$matcher" --pool "$pool" --rounds "$1" >"$out/log.$1" 2>&1
  sed -n 's/^summary: //p' "$out/cg.$1"
}
base=$(count 0)
full=$(count "$rounds")
echo "build+warm-up: $base instructions; with $rounds × 400 answers: $full"
echo "per answer: $(( (full - base) / (rounds * 400) )) instructions"
rm -rf "$out"
