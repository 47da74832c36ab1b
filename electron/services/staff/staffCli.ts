// `npm run staff -- add|disable|reset-pin|list`: how the centre's IT person provisions staff
// accounts on a kiosk. PINs are read by the caller (no echo, or STAFF_PIN) and stored only hashed;
// every change is written to the audit trail like any staff action.
import type { Database } from 'better-sqlite3';
import { appendAudit } from '../../../db/repositories/auditLog.js';
import {
  disableStaffAccount,
  enabledStaffAccounts,
  getStaffAccount,
  insertStaffAccount,
  listStaffAccounts,
  replaceStaffPin,
} from '../../../db/repositories/staffAccounts.js';
import { hashPin, pinMatches, pinPattern } from './pinHash.js';

export interface StaffCliDeps {
  db: Database;
  /** Asks for the PIN (twice, the caller decides how) and resolves with what was typed. */
  readPin: (prompt: string) => Promise<string>;
  out: (line: string) => void;
  err: (line: string) => void;
  now: () => Date;
  randomBytes: (size: number) => Buffer;
}

/** Letters, digits, . _ -; never a phone or ID number (no seven digits in a row). */
export const staffIdPattern = /^[A-Za-z0-9][A-Za-z0-9._-]{0,31}$/;
const usage =
  'usage: npm run staff -- add <id> <name> | disable <id> | reset-pin <id> | list  (STAFF_PIN= for scripts)';

function validId(id: string | undefined): id is string {
  return id !== undefined && staffIdPattern.test(id) && !/\d{7,}/.test(id);
}

async function newPin(deps: StaffCliDeps, excludeId: string | null): Promise<string | null> {
  const pin = await deps.readPin('New PIN (6 to 12 digits): ');
  if (!pinPattern.test(pin)) {
    deps.err('staff: a PIN is 6 to 12 digits.');
    return null;
  }
  if ((await deps.readPin('The same PIN again: ')) !== pin) {
    deps.err('staff: the two PINs were not the same; nothing was changed.');
    return null;
  }
  // With PIN-only entry the PIN says who is signing in, so no two staff may share one.
  for (const other of enabledStaffAccounts(deps.db)) {
    if (other.id !== excludeId && (await pinMatches(pin, other.pin))) {
      deps.err('staff: another staff member already has this PIN; choose another.');
      return null;
    }
  }
  return pin;
}

export async function runStaffCommand(
  args: readonly string[],
  deps: StaffCliDeps,
): Promise<number> {
  const [command, id, ...rest] = args;
  const audit = (action: string, staffId: string) =>
    appendAudit(deps.db, {
      at: deps.now().toISOString(),
      staffId,
      action,
      detail: { by: 'staff-command' },
    });
  switch (command) {
    case 'list': {
      const accounts = listStaffAccounts(deps.db);
      if (accounts.length === 0)
        deps.out('No staff accounts yet: npm run staff -- add <id> <name>');
      for (const account of accounts) {
        const state = account.disabledAt ? `disabled ${account.disabledAt}` : 'enabled';
        const card = account.cardIdHash ? 'card bound' : 'no card';
        deps.out(
          `${account.id}\t${account.name}\t${state}\tPIN set ${account.pinChangedAt}\t${card}`,
        );
      }
      return 0;
    }
    case 'add': {
      const name = rest.join(' ').trim();
      if (!validId(id) || name.length < 1 || name.length > 40) {
        deps.err(
          'staff: add <id> <name>: id is letters, digits, . _ - (up to 32, no phone or ID numbers); name up to 40 characters.',
        );
        return 2;
      }
      if (getStaffAccount(deps.db, id)) {
        deps.err(`staff: ${id} exists already; use reset-pin to give it a new PIN.`);
        return 1;
      }
      const pin = await newPin(deps, null);
      if (pin === null) return 1;
      const hashed = await hashPin(pin, deps.randomBytes);
      insertStaffAccount(deps.db, { id, name, pin: hashed, now: deps.now().toISOString() });
      audit('account-added', id);
      deps.out(`Added ${id} (${name}).`);
      return 0;
    }
    case 'disable': {
      if (!validId(id) || !disableStaffAccount(deps.db, id, deps.now().toISOString())) {
        deps.err(`staff: no staff account ${id ?? ''}.`);
        return 1;
      }
      audit('account-disabled', id);
      deps.out(`Disabled ${id}; reset-pin enables it again.`);
      return 0;
    }
    case 'reset-pin': {
      if (!validId(id) || !getStaffAccount(deps.db, id)) {
        deps.err(`staff: no staff account ${id ?? ''}.`);
        return 1;
      }
      const pin = await newPin(deps, id);
      if (pin === null) return 1;
      replaceStaffPin(deps.db, id, await hashPin(pin, deps.randomBytes), deps.now().toISOString());
      audit('pin-reset', id);
      deps.out(`New PIN set for ${id}; the account is enabled.`);
      return 0;
    }
    default:
      deps.err(usage);
      return 2;
  }
}
