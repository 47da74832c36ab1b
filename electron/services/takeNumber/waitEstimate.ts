// How many wait ahead, estimated on the kiosk when the centre cannot say: the last known count
// (from the centre, for the same day), plus the numbers given out here since then, minus the
// residents the window will have served meanwhile (time elapsed ÷ average minutes per resident).
// Priority numbers are called first, so a priority number counts only priority numbers ahead;
// any other counts everyone. With no count from today, the estimate starts from this kiosk's own
// numbers of the day. Never below zero; always shown as an estimate (约).
export interface KnownQueueState {
  waiting: number | null;
  waitingPriority: number | null;
  /** The centre's day the counts are from, and the moment they were true. */
  day: string;
  at: string;
}

export interface EstimateInput {
  state: KnownQueueState | null;
  today: string;
  /** The numbers given out here today for the service (not the one being issued now). */
  numbersHere: readonly { issuedAt: string; priority: boolean }[];
  now: Date;
  minutesPerResident: number;
  /** For a priority number (or the priority queue). */
  priority: boolean;
}

export function estimateAhead(input: EstimateInput): number {
  const known = input.state?.day === input.today ? input.state : null;
  const counted = input.numbersHere.filter((n) => !input.priority || n.priority);
  const base = known ? ((input.priority ? known.waitingPriority : known.waiting) ?? 0) : 0;
  const sinceMs = known
    ? Date.parse(known.at)
    : Math.min(input.now.getTime(), ...counted.map((n) => Date.parse(n.issuedAt)));
  // Issued at or after the count's moment: the kiosk asked for the count before it gave them out.
  const issuedSince = counted.filter((n) => Date.parse(n.issuedAt) >= sinceMs).length;
  const elapsedMinutes = Math.max(0, (input.now.getTime() - sinceMs) / 60_000);
  const served = Math.floor(elapsedMinutes / Math.max(0.5, input.minutesPerResident));
  return Math.max(0, base + issuedSince - served);
}
