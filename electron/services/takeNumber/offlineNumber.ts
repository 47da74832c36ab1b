// How this kiosk writes a number it issues itself while the centre cannot be reached, so numbers
// stay unique across every kiosk of one centre, also offline. The centre issues from its own
// sequence (B017, priority BP03: a letter and digits only). Offline, a kiosk issues from a space
// no other issuer shares: its own sequence for the service, the centre's day and the kind, then
// its kiosk id, which is unique in the centre's fleet (one letter and two digits; the same id
// that starts its request tickets): B07-A03, priority BP02-A03. Two kiosks offline differ in the
// id, and the hyphen keeps every kiosk number apart from the centre's. When the centre is back
// the number is reported (senders/ticketSender.ts) and the centre accepts it in its place by the
// time it was issued. The reference centre reads the same form (centre/server/queue/queueNumbers.ts).
export function offlineNumber(
  prefix: string,
  priority: boolean,
  sequence: number,
  kioskId: string,
): string {
  return `${prefix}${priority ? 'P' : ''}${String(sequence).padStart(2, '0')}-${kioskId}`;
}
