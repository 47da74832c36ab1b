// docs/upstream-openapi.yaml documents exactly what the reference server serves: every route of
// its table, and, marked x-implemented: false, the planned extensions it does not serve yet; and,
// marked x-strict: true, exactly the routes strict mode serves.
// Read line by line (the file is prettier-formatted YAML) so the test needs no YAML library.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { routeTable } from '../../../centre/server/routes/routeTable.js';
import { strictRouteTable } from '../../../centre/server/strict/strictRoutes.js';

interface DocumentedOperation {
  method: string;
  path: string;
  implemented: boolean;
  strict: boolean;
}

function documentedOperations(yaml: string): DocumentedOperation[] {
  const operations: DocumentedOperation[] = [];
  let inPaths = false;
  let path = '';
  for (const line of yaml.split('\n')) {
    if (/^\S/.test(line)) inPaths = line.startsWith('paths:');
    if (!inPaths) continue;
    const pathLine = /^ {2}(\/\S*):$/.exec(line);
    if (pathLine?.[1]) path = pathLine[1];
    const methodLine = /^ {4}(get|post|put|delete|patch):$/.exec(line);
    if (methodLine?.[1])
      operations.push({
        method: methodLine[1].toUpperCase(),
        path,
        implemented: true,
        strict: false,
      });
    const last = operations[operations.length - 1];
    if (last && /^ {6}x-implemented: false$/.test(line)) last.implemented = false;
    if (last && /^ {6}x-strict: true$/.test(line)) last.strict = true;
  }
  return operations;
}

/** Path parameters are named for readers in the document and for code in the table. */
const shape = (path: string) => path.replace(/\{[^}]+\}/g, '{}');
const key = (op: { method: string; path: string }) => `${op.method} ${shape(op.path)}`;

describe('docs/upstream-openapi.yaml', () => {
  const yaml = readFileSync('docs/upstream-openapi.yaml', 'utf8');
  const documented = documentedOperations(yaml);

  it('is OpenAPI 3.1', () => {
    expect(yaml.startsWith('openapi: 3.1.0\n')).toBe(true);
  });

  it('documents every route the server serves, as implemented', () => {
    const implemented = new Set(documented.filter((op) => op.implemented).map(key));
    expect([...implemented].sort()).toEqual(routeTable.map(key).sort());
  });

  it('leaves no documented extension planned: the reference server serves them all', () => {
    const planned = documented.filter((op) => !op.implemented);
    expect(planned.map(key)).toEqual([]);
  });
  it('marks exactly the routes strict mode serves, all of them implemented', () => {
    const strict = documented.filter((op) => op.strict);
    expect(strict.map(key).sort()).toEqual(strictRouteTable.map(key).sort());
    expect(strict.every((op) => op.implemented)).toBe(true);
    expect(
      strictRouteTable.every(
        (route) => !route.path.startsWith('/x/') || route.path.startsWith('/x/admin/'),
      ),
    ).toBe(true);
  });

  it('names the centre’s new home and its strict mode', () => {
    expect(yaml).toContain('`centre/`');
    expect(yaml).not.toContain('upstream/server');
    for (const setting of [
      'CENTRE_STRICT',
      'CENTRE_JURISDICTIONS',
      'CENTRE_DIRECTORY_FILE',
      'CENTRE_DEDUPLICATE',
      'slowMs',
    ]) {
      expect(yaml, setting).toContain(setting);
    }
  });
});
