// deploy/linux/udev/70-community-kiosk.rules read by a strict parser of udev's rule syntax
// (udev(7): comma-separated KEY[{attr}] OP "value"), because systemd 252's udevadm has no
// `verify` (it arrived in 253) and `udevadm test` only reads the system's rule directories.
// Checked: every line parses, match keys only compare and assignment keys only assign, each
// device the kiosk drives goes to group kiosk with mode 0660, and nothing is world-writable.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

interface Token {
  key: string;
  attribute: string | undefined;
  op: string;
  value: string;
}

const matchKeys = new Set([
  'ACTION',
  'DEVPATH',
  'KERNEL',
  'KERNELS',
  'SUBSYSTEM',
  'SUBSYSTEMS',
  'DRIVER',
  'DRIVERS',
  'ATTR',
  'ATTRS',
  'ENV',
  'TAG',
  'TEST',
]);
const assignKeys = new Set(['GROUP', 'MODE', 'OWNER', 'RUN', 'SYMLINK', 'TAG', 'ENV', 'ATTR']);
const keysWithAttribute = new Set(['ATTR', 'ATTRS', 'ENV', 'TEST', 'RUN']);

const tokenPattern = /^([A-Z]+)(?:\{([^}]+)\})?(==|!=|\+=|-=|:=|=)"((?:[^"\\]|\\.)*)"$/;

/** One rule line into its tokens; throws with the line's text on any syntax error. */
function parseRule(line: string): Token[] {
  const parts = line.match(/[A-Z]+(?:\{[^}]+\})?\s*(?:==|!=|\+=|-=|:=|=)\s*"(?:[^"\\]|\\.)*"/g);
  if (!parts) throw new Error(`not a rule: ${line}`);
  // Between tokens only one comma and spaces each: nothing unparsed may be left over.
  const rest = parts.reduce((text, part) => text.replace(part, ''), line);
  if (rest.replace(/\s/g, '') !== ','.repeat(parts.length - 1))
    throw new Error(`tokens not separated by single commas: ${line}`);
  return parts.map((part) => {
    const match = tokenPattern.exec(part.replace(/\s*(==|!=|\+=|-=|:=|=)\s*/, '$1'));
    if (!match?.[1] || !match[3] || match[4] === undefined) throw new Error(`bad token ${part}`);
    const token = { key: match[1], attribute: match[2], op: match[3], value: match[4] };
    const comparing = token.op === '==' || token.op === '!=';
    if (comparing && !matchKeys.has(token.key)) throw new Error(`${token.key} cannot be matched`);
    if (!comparing && !assignKeys.has(token.key)) throw new Error(`${token.key} cannot be set`);
    if (token.attribute !== undefined && !keysWithAttribute.has(token.key))
      throw new Error(`${token.key} takes no {attribute}`);
    if (token.key === 'MODE' && !/^0?[0-7]{3}$/.test(token.value))
      throw new Error(`MODE ${token.value} is not octal`);
    return token;
  });
}

function parseRules(text: string): Token[][] {
  return text
    .split('\n')
    .filter((line) => line.trim() !== '' && !line.trimStart().startsWith('#'))
    .map(parseRule);
}

const rulesText = readFileSync(resolve('deploy/linux/udev/70-community-kiosk.rules'), 'utf8');
const rules = parseRules(rulesText);
const value = (rule: Token[], key: string, attribute?: string) =>
  rule.find((t) => t.key === key && t.attribute === attribute && t.op !== '=')?.value;
const assigned = (rule: Token[], key: string) =>
  rule.find((t) => t.key === key && (t.op === '=' || t.op === ':='))?.value;

describe('the parser itself', () => {
  it('refuses what udev would refuse or misread', () => {
    expect(() => parseRule('KERNEL=="lp0" GROUP="kiosk"')).toThrow(/single commas/);
    expect(() => parseRule('KERNEL=="lp0", GROUP=="kiosk"')).toThrow(/GROUP cannot be matched/);
    expect(() => parseRule('SUBSYSTEM="tty", MODE="0660"')).toThrow(/SUBSYSTEM cannot be set/);
    expect(() => parseRule('KERNEL=="lp0", MODE="rw"')).toThrow(/not octal/);
    expect(() => parseRule('KERNEL{x}=="lp0"')).toThrow(/takes no/);
    expect(() => parseRule('KERNEL=="lp0", oops')).toThrow(/single commas/);
  });
});

describe('the kiosk udev rules', () => {
  it('parse, line by line', () => {
    expect(rules.length).toBeGreaterThanOrEqual(8);
  });

  it('give the USB printer class devices to group kiosk, 0660', () => {
    const printer = rules.find((rule) => value(rule, 'KERNEL') === 'lp[0-9]*');
    expect(printer && value(printer, 'SUBSYSTEM')).toBe('usbmisc');
    expect(printer && assigned(printer, 'GROUP')).toBe('kiosk');
    expect(printer && assigned(printer, 'MODE')).toBe('0660');
  });

  it.each([
    ['hidraw', '10c4', '0007'],
    ['tty', '1a86', '7523'],
    ['tty', '10c4', 'ea60'],
    ['tty', '067b', '2303'],
    ['tty', '0403', '6001'],
  ])('give the %s reader %s:%s to group kiosk, 0660', (subsystem, vendor, product) => {
    const rule = rules.find(
      (r) =>
        value(r, 'SUBSYSTEM') === subsystem &&
        value(r, 'ATTRS', 'idVendor') === vendor &&
        value(r, 'ATTRS', 'idProduct') === product,
    );
    expect(rule, `${subsystem} ${vendor}:${product}`).toBeDefined();
    expect(rule && assigned(rule, 'GROUP')).toBe('kiosk');
    expect(rule && assigned(rule, 'MODE')).toBe('0660');
  });

  it('never open a device to everyone, and never hand one to the seat user', () => {
    for (const rule of rules) {
      const mode = assigned(rule, 'MODE');
      if (mode !== undefined) expect(Number.parseInt(mode, 8) & 0o007).toBe(0);
      expect(rule.some((t) => t.key === 'TAG' && t.value === 'uaccess')).toBe(false);
    }
    const ruleLines = rulesText.split('\n').filter((line) => !line.trimStart().startsWith('#'));
    expect(ruleLines.join('\n')).not.toMatch(/0666|0777/);
  });
});
