#!/bin/sh
# Instructions per answer() at 10,000 resources, by callgrind (see matchingInstructions.ts):
# the instructions of a run answering ROUNDS × 400 queries, less those of a run answering none
# (build and warm-up alike in both), ÷ the answers. Repeatable whatever the machine's load.
#   tests/bench/matchingInstructions.sh [MATCHER_BUILD] [POOL_BUILD] [ROUNDS]
# Builds are compiled trees' build/node directories; both default to this tree's build/node.
set -eu
here=$(cd "$(dirname "$0")/../.." && pwd)
matcher=${1:-$here/build/node}
pool=${2:-$here/build/node}
rounds=${3:-1}
script=$here/build/node/tests/bench/matchingInstructions.js
out=$(mktemp -d)
count() {
  valgrind --tool=callgrind --callgrind-out-file="$out/cg.$1" \
    node --single-threaded "$script" --matcher "$matcher" --pool "$pool" --rounds "$1" \
    >"$out/log.$1" 2>&1
  sed -n 's/^summary: //p' "$out/cg.$1"
}
base=$(count 0)
full=$(count "$rounds")
echo "build+warm-up: $base instructions; with $rounds × 400 answers: $full"
echo "per answer: $(( (full - base) / (rounds * 400) )) instructions"
rm -rf "$out"
