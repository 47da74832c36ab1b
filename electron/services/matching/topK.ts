// The best `limit` candidates by score (higher first), ties by id rank (lower first). For the
// usual handful of results an insertion list beats sorting every candidate.

export function selectTop(
  candidates: Int32Array,
  count: number,
  scores: Float64Array,
  idRank: Int32Array,
  limit: number,
): number[] {
  const before = (a: number, b: number) => {
    const scoreA = scores[a] ?? 0;
    const scoreB = scores[b] ?? 0;
    return scoreA !== scoreB ? scoreA > scoreB : (idRank[a] ?? 0) < (idRank[b] ?? 0);
  };
  if (limit * 8 >= count) {
    return Array.from(candidates.subarray(0, count))
      .sort((a, b) => (before(a, b) ? -1 : before(b, a) ? 1 : 0))
      .slice(0, limit);
  }
  const top: number[] = [];
  for (let i = 0; i < count; i += 1) {
    const candidate = candidates[i] ?? 0;
    const worst = top[top.length - 1];
    if (top.length === limit && worst !== undefined && !before(candidate, worst)) continue;
    let at = top.length;
    while (at > 0 && before(candidate, top[at - 1] ?? 0)) at -= 1;
    top.splice(at, 0, candidate);
    if (top.length > limit) top.pop();
  }
  return top;
}
