// requested_datetime is when the resident asked, which for a kiosk that was offline can be hours
// before the request arrives. The kiosk's submitted_at is trusted unless it lies in the future
// (a kiosk clock running fast), in which case the arrival time is the honest answer.
export function requestedAt(submittedAt: string | null, receivedAt: Date): string {
  if (submittedAt === null) return receivedAt.toISOString();
  const submitted = new Date(submittedAt);
  return submitted.getTime() > receivedAt.getTime()
    ? receivedAt.toISOString()
    : submitted.toISOString();
}
