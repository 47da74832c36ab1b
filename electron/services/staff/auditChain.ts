// Verifying the audit trail: walks the rows in order and names the first one whose sequence,
// link to the previous row or own hash does not hold. `npm run audit -- verify` prints this.
import {
  type AuditRow,
  auditGenesisHash,
  auditRowHash,
} from '../../../db/repositories/auditLog.js';

export type ChainVerdict =
  | { intact: true; rows: number }
  | {
      intact: false;
      rows: number;
      /** The first row that does not fit; the rows before it are intact. */
      brokenSeq: number;
      problem: 'sequence-gap' | 'link-broken' | 'content-changed';
    };

export function verifyAuditChain(rows: readonly AuditRow[]): ChainVerdict {
  let expectedPrev = auditGenesisHash;
  let expectedSeq = 1;
  for (const row of rows) {
    const broken = (problem: 'sequence-gap' | 'link-broken' | 'content-changed'): ChainVerdict => ({
      intact: false,
      rows: rows.length,
      brokenSeq: row.seq,
      problem,
    });
    if (row.seq !== expectedSeq) return broken('sequence-gap');
    if (row.prevHash !== expectedPrev) return broken('link-broken');
    if (auditRowHash(row.prevHash, row) !== row.rowHash) return broken('content-changed');
    expectedPrev = row.rowHash;
    expectedSeq += 1;
  }
  return { intact: true, rows: rows.length };
}

export const chainProblemText: Record<'sequence-gap' | 'link-broken' | 'content-changed', string> =
  {
    'sequence-gap': 'its number does not follow the row before: a row was removed or slipped in',
    'link-broken': 'it does not point at the row before: a row was removed, slipped in or changed',
    'content-changed': 'its content does not match its hash: the row was edited',
  };
