// upstream/wire owns its vocabulary and upstream/client speaks only the wire: neither imports the
// kiosk's contract, database, services, devices or screens. (Lint has no rule for these folders
// yet; this test is that rule until it does.)
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '../../../..');

function importsOf(folder: string): { file: string; from: string }[] {
  const dir = join(root, folder);
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.ts'))
    .flatMap((file) =>
      [...readFileSync(join(dir, file), 'utf8').matchAll(/\bfrom '([^']+)'/g)].map((match) => ({
        file: `${folder}/${file}`,
        from: match[1] ?? '',
      })),
    );
}

describe('layering', () => {
  it('upstream/wire imports only zod and itself', () => {
    const outside = importsOf('upstream/wire').filter(
      ({ from }) => from !== 'zod' && !/^\.\/[^/]+\.js$/.test(from),
    );
    expect(outside).toEqual([]);
  });

  it('upstream/client imports only zod, node builtins, the wire, text/ and itself', () => {
    const outside = importsOf('upstream/client').filter(
      ({ from }) =>
        from !== 'zod' &&
        !from.startsWith('node:') &&
        !/^\.\/[^/]+\.js$/.test(from) &&
        !/^\.\.\/wire\/[^/]+\.js$/.test(from) &&
        !/^\.\.\/\.\.\/text\/[^/]+\.js$/.test(from),
    );
    expect(outside).toEqual([]);
  });

  it('text/, which the contract and the client both use, imports nothing but itself', () => {
    const outside = importsOf('text').filter(({ from }) => !/^\.\/[^/]+\.js$/.test(from));
    expect(outside).toEqual([]);
  });
});
