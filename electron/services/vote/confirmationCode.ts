// The code on a vote receipt: the ballot id's first eight hex digits, "7F3A-09C2". Derived from
// the id (not drawn separately) so the kiosk can print it while the centre is away and the
// centre, which answers with the same code, needs nothing more stored.
export function confirmationCode(ballotId: string): string {
  const hex = ballotId.replace(/-/g, '').slice(0, 8).toUpperCase();
  return `${hex.slice(0, 4)}-${hex.slice(4)}`;
}
