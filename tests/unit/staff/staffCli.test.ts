// Provisioning staff accounts: the PIN asked twice and stored only hashed, duplicates refused,
// every change in the audit trail.
import BetterSqlite3 from 'better-sqlite3';
import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { migrate } from '../../../db/migrate.js';
import { allAuditRows } from '../../../db/repositories/auditLog.js';
import { getStaffAccount } from '../../../db/repositories/staffAccounts.js';
import { pinMatches } from '../../../electron/services/staff/pinHash.js';
import { runStaffCommand } from '../../../electron/services/staff/staffCli.js';

function cli(answers: string[]) {
  const db = new BetterSqlite3(':memory:');
  migrate(db);
  const out: string[] = [];
  const err: string[] = [];
  const prompts: string[] = [];
  const queue = [...answers];
  const run = (args: string[]) =>
    runStaffCommand(args, {
      db,
      readPin: (prompt) => {
        prompts.push(prompt);
        return Promise.resolve(queue.shift() ?? '');
      },
      out: (line) => out.push(line),
      err: (line) => err.push(line),
      now: () => new Date('2026-11-28T01:00:00Z'),
      randomBytes,
    });
  return { db, out, err, prompts, run, answer: (...pins: string[]) => queue.push(...pins) };
}

describe('npm run staff', () => {
  it('adds an account after the same PIN twice and keeps only its hash', async () => {
    const staff = cli(['246810', '246810']);
    expect(await staff.run(['add', 'wang.li', '王丽'])).toBe(0);
    expect(staff.prompts).toHaveLength(2);
    const account = getStaffAccount(staff.db, 'wang.li');
    expect(account?.name).toBe('王丽');
    expect(account && (await pinMatches('246810', account.pin))).toBe(true);
    const bytes = JSON.stringify(staff.db.prepare('SELECT * FROM staff_accounts').all());
    expect(bytes).not.toContain('246810');
    expect(allAuditRows(staff.db).map((row) => [row.staffId, row.action])).toEqual([
      ['wang.li', 'account-added'],
    ]);
    await staff.run(['list']);
    expect(staff.out.at(-1)).toMatch(/^wang\.li\t王丽\tenabled\t/);
  }, 30_000);

  it('changes nothing when the two PINs differ or the PIN is too short', async () => {
    const staff = cli(['246810', '246811', '1234']);
    expect(await staff.run(['add', 'wang.li', '王丽'])).toBe(1);
    expect(staff.err.at(-1)).toContain('not the same');
    expect(await staff.run(['add', 'wang.li', '王丽'])).toBe(1);
    expect(staff.err.at(-1)).toContain('6 to 12 digits');
    expect(getStaffAccount(staff.db, 'wang.li')).toBeUndefined();
    expect(allAuditRows(staff.db)).toEqual([]);
  });

  it('refuses an id that is a phone number and a PIN another staff member has', async () => {
    const staff = cli(['246810', '246810', '246810', '246810']);
    expect(await staff.run(['add', '13800138000', 'Someone'])).toBe(2);
    expect(await staff.run(['add', 'wang.li', '王丽'])).toBe(0);
    expect(await staff.run(['add', 'zhao.min', '赵敏'])).toBe(1);
    expect(staff.err.at(-1)).toContain('already has this PIN');
    expect(await staff.run(['add', 'wang.li', '王丽'])).toBe(1);
  }, 30_000);

  it('disables an account and enables it again with reset-pin', async () => {
    const staff = cli(['246810', '246810']);
    await staff.run(['add', 'wang.li', '王丽']);
    expect(await staff.run(['disable', 'wang.li'])).toBe(0);
    expect(getStaffAccount(staff.db, 'wang.li')?.disabledAt).toBe('2026-11-28T01:00:00.000Z');
    expect(await staff.run(['disable', 'nobody'])).toBe(1);
    staff.answer('135790', '135790');
    expect(await staff.run(['reset-pin', 'wang.li'])).toBe(0);
    const account = getStaffAccount(staff.db, 'wang.li');
    expect(account?.disabledAt).toBeNull();
    expect(account && (await pinMatches('135790', account.pin))).toBe(true);
    expect(account && (await pinMatches('246810', account.pin))).toBe(false);
    expect(allAuditRows(staff.db).map((row) => row.action)).toEqual([
      'account-added',
      'account-disabled',
      'pin-reset',
    ]);
    expect(await staff.run(['frobnicate'])).toBe(2);
  }, 30_000);
});
