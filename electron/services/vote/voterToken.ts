// The voter token: how the kiosk and the centre tell that one resident has voted in a round,
// without anyone keeping the ID number. On reading the card the kiosk computes
//   base  = HMAC-SHA256(voterKey, "vote/v1|id|" + ID number)
// (kept in the visit's memory only, like the card's other facts) and for a round
//   token = HMAC-SHA256(voterKey, "vote/v1|round|" + round id + "|" + base).
// voterKey (KIOSK_VOTER_KEY) is one secret shared by all the kiosks of a centre and provisioned
// with them like their API key; the centre never holds it. So: the centre compares tokens across
// kiosks, which each kiosk's own idHashKey (different per kiosk) could not allow; the centre
// cannot turn a token back into an ID number by hashing all of them (there are few enough to
// try, which is why a plain hash would not do), because it lacks the key; and a resident's tokens
// in two rounds differ, so rounds cannot be joined. What is left: someone holding a kiosk's key
// file and its database could try every ID number against the kiosk's own ballots, the same
// exposure as the kiosk's ID hash today; the kiosk forgets a ballot's choices once the centre
// holds them, so at most that a person voted is exposed, not how.
import { createHmac } from 'node:crypto';

const hmac = (key: Buffer, text: string) => createHmac('sha256', key).update(text).digest('hex');

/** The configured key as bytes, or null when this kiosk is not set up for voting. */
export function voterKeyFrom(configured: string): Buffer | null {
  return configured === '' ? null : Buffer.from(configured, 'utf8');
}

export function voterBase(voterKey: Buffer, idNumber: string): string {
  return hmac(voterKey, `vote/v1|id|${idNumber.trim().toUpperCase()}`);
}

export function voterToken(voterKey: Buffer, roundId: string, base: string): string {
  return hmac(voterKey, `vote/v1|round|${roundId}|${base}`);
}
