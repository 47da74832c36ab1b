// Some guarantees hold between processes (a lock) or for another user (a folder it may not
// write): their tests run the real module in a real child process. A module that imports only
// Node's own modules is transpiled once to plain JavaScript the child can import.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import ts from 'typescript';

export function transpiledModule(sourcePath: string): string {
  const source = readFileSync(sourcePath, 'utf8');
  const { outputText } = ts.transpileModule(source, {
    compilerOptions: { module: ts.ModuleKind.ES2022, target: ts.ScriptTarget.ES2022 },
  });
  const dir = mkdtempSync(join(tmpdir(), 'kiosk-transpiled-'));
  const out = join(dir, basename(sourcePath).replace(/\.ts$/, '.mjs'));
  writeFileSync(out, outputText);
  return out;
}
