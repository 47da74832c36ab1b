// The audit chain must name the first row that was edited, removed or slipped in, and refuse to
// record anything that looks like a phone or ID number.
import BetterSqlite3 from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { migrate } from '../../../db/migrate.js';
import { allAuditRows, appendAudit, auditRowHash } from '../../../db/repositories/auditLog.js';
import { runAuditCommand } from '../../../electron/services/staff/auditCli.js';
import { verifyAuditChain } from '../../../electron/services/staff/auditChain.js';

function auditedDatabase(rows = 5) {
  const db = new BetterSqlite3(':memory:');
  migrate(db);
  for (let i = 0; i < rows; i += 1) {
    appendAudit(db, {
      at: `2026-11-28T02:0${i}:00.000Z`,
      staffId: 'wang.li',
      action: i % 2 === 0 ? 'sign-in' : 'sign-out',
      detail: { step: i, mode: 'pin' },
    });
  }
  return db;
}

function runVerify(db: BetterSqlite3.Database) {
  const out: string[] = [];
  const err: string[] = [];
  const code = runAuditCommand(
    ['verify'],
    db,
    (line) => out.push(line),
    (line) => err.push(line),
  );
  return { code, out, err };
}

describe('audit chain', () => {
  it('links every row to the one before and verifies an untouched trail', () => {
    const db = auditedDatabase();
    const rows = allAuditRows(db);
    expect(rows.map((row) => row.seq)).toEqual([1, 2, 3, 4, 5]);
    expect(rows[0]?.prevHash).toBe('0'.repeat(64));
    for (let i = 1; i < rows.length; i += 1) expect(rows[i]?.prevHash).toBe(rows[i - 1]?.rowHash);
    expect(verifyAuditChain(rows)).toEqual({ intact: true, rows: 5 });
    expect(runVerify(db)).toEqual({ code: 0, out: ['Audit trail intact: 5 rows.'], err: [] });
  });

  it('names an edited row', () => {
    const db = auditedDatabase();
    db.prepare(
      'UPDATE audit_log SET detail_json = \'{"step":2,"mode":"card"}\' WHERE seq = 3',
    ).run();
    expect(verifyAuditChain(allAuditRows(db))).toMatchObject({
      intact: false,
      brokenSeq: 3,
      problem: 'content-changed',
    });
    const verdict = runVerify(db);
    expect(verdict.code).toBe(1);
    expect(verdict.err[0]).toContain('broken at row 3 of 5');
  });

  it('names the row after a deleted one', () => {
    const db = auditedDatabase();
    db.prepare('DELETE FROM audit_log WHERE seq = 2').run();
    expect(verifyAuditChain(allAuditRows(db))).toMatchObject({
      intact: false,
      brokenSeq: 3,
      problem: 'sequence-gap',
    });
    expect(runVerify(db).code).toBe(1);
  });

  it('names a deleted row even when the numbers are closed up behind it', () => {
    const db = auditedDatabase();
    db.prepare('DELETE FROM audit_log WHERE seq = 2').run();
    for (const seq of [3, 4, 5]) {
      db.prepare('UPDATE audit_log SET seq = ? WHERE seq = ?').run(seq - 1, seq);
    }
    expect(verifyAuditChain(allAuditRows(db))).toMatchObject({ intact: false, brokenSeq: 2 });
  });

  it('names an inserted row, even one with a correct hash of its own', () => {
    const db = auditedDatabase();
    // Make room after row 2 and slip in a well-formed row that points at row 2.
    for (const seq of [5, 4, 3]) {
      db.prepare('UPDATE audit_log SET seq = ? WHERE seq = ?').run(seq + 1, seq);
    }
    const second = allAuditRows(db)[1];
    const forged = {
      seq: 3,
      at: '2026-11-28T02:02:30.000Z',
      staffId: 'intruder',
      action: 'sign-in',
      detail: {},
    };
    const prevHash = second?.rowHash ?? '';
    db.prepare(
      `INSERT INTO audit_log (seq, at, staff_id, action, detail_json, prev_hash, row_hash)
       VALUES (?, ?, ?, ?, '{}', ?, ?)`,
    ).run(
      forged.seq,
      forged.at,
      forged.staffId,
      forged.action,
      prevHash,
      auditRowHash(prevHash, forged),
    );
    // The forged row fits; the row that used to follow row 2 no longer does.
    expect(verifyAuditChain(allAuditRows(db))).toMatchObject({ intact: false, brokenSeq: 4 });
    expect(runVerify(db).err[0]).toContain('row 4');
  });

  it('shows the newest rows with --last N', () => {
    const db = auditedDatabase();
    const out: string[] = [];
    expect(
      runAuditCommand(
        ['show', '--last', '2'],
        db,
        (line) => out.push(line),
        () => {},
      ),
    ).toBe(0);
    expect(out).toHaveLength(2);
    expect(out[0]).toMatch(/^4\t2026-11-28T02:03:00.000Z\twang\.li\tsign-out\t/);
    expect(out[1]).toMatch(/^5\t/);
    expect(
      runAuditCommand(
        ['show', '--last', 'x'],
        db,
        () => {},
        () => {},
      ),
    ).toBe(2);
  });

  it('refuses a row holding a phone or ID number, in a value, a key or the staff id', () => {
    const db = auditedDatabase(0);
    const base = { at: '2026-11-28T02:00:00.000Z', staffId: 'wang.li', action: 'sign-in' };
    expect(() => appendAudit(db, { ...base, detail: { phone: '13800138000' } })).toThrow(
      'looks like a phone or ID number',
    );
    expect(() => appendAudit(db, { ...base, detail: { id: '11010519491231002X' } })).toThrow();
    expect(() => appendAudit(db, { ...base, detail: { n: 13800138000 } })).toThrow();
    expect(() => appendAudit(db, { ...base, staffId: '13800138000', detail: {} })).toThrow();
    expect(allAuditRows(db)).toEqual([]);
  });
});
