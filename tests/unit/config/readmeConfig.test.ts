// The README's configuration table is what the IT person reads; it must name every key.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { configKeys } from '../../../electron/config/configSchema.js';

describe('README configuration table', () => {
  it('documents every configuration key with its environment variable', () => {
    const readme = readFileSync('README.md', 'utf8');
    for (const [key, spec] of Object.entries(configKeys)) {
      expect(readme, key).toMatch(new RegExp(`\\| \`${key}\`\\s+\\| \`${spec.env}\`\\s+\\|`));
    }
  });
});
