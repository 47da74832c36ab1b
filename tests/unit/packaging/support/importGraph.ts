// The modules a compiled entry point loads, followed file by file through its static imports,
// re-exports, literal dynamic imports and require()/createRequire(...)() calls. Relative
// specifiers are followed inside build/; bare ones are reported as packages (their own
// dependency closure comes from their package.json, see packageClosure).
import { existsSync, readFileSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { dirname, join, resolve } from 'node:path';

const specifierPatterns = [
  /\b(?:import|export)\s[^'"]*?\bfrom\s*['"]([^'"]+)['"]/g,
  /\bimport\s*['"]([^'"]+)['"]/g,
  /\bimport\s*\(\s*['"]([^'"]+)['"]\s*\)/g,
  /\brequire\s*\(\s*['"]([^'"]+)['"]\s*\)/g,
  /\bcreateRequire\([^)]*\)\s*\(\s*['"]([^'"]+)['"]\s*\)/g,
];

export interface ImportGraph {
  /** Absolute paths of the app's own files reached. */
  files: Set<string>;
  /** Package names reached from the app's files (e.g. "escpos" for "escpos/commands.js"). */
  packages: Set<string>;
  /** Relative imports whose file does not exist: importer → specifier. */
  missing: { importer: string; specifier: string }[];
}

const builtins = new Set(builtinModules);

export function packageName(specifier: string): string {
  const parts = specifier.split('/');
  return specifier.startsWith('@') ? `${parts[0]}/${parts[1]}` : (parts[0] ?? specifier);
}

export function importGraph(entries: string[]): ImportGraph {
  const graph: ImportGraph = { files: new Set(), packages: new Set(), missing: [] };
  const queue = entries.map((entry) => resolve(entry));
  for (let file = queue.pop(); file !== undefined; file = queue.pop()) {
    if (graph.files.has(file)) continue;
    graph.files.add(file);
    const text = readFileSync(file, 'utf8');
    for (const pattern of specifierPatterns) {
      for (const match of text.matchAll(pattern)) {
        const specifier = match[1] ?? '';
        if (specifier.startsWith('.')) {
          const target = join(dirname(file), specifier);
          if (existsSync(target)) queue.push(target);
          else graph.missing.push({ importer: file, specifier });
        } else if (!specifier.startsWith('node:') && !builtins.has(specifier)) {
          graph.packages.add(packageName(specifier));
        }
      }
    }
  }
  return graph;
}

/** The packages `names` need at run time: themselves and their dependencies, transitively. */
export function packageClosure(names: Iterable<string>, nodeModules: string): Set<string> {
  const closure = new Set<string>();
  const queue = [...names];
  for (let name = queue.pop(); name !== undefined; name = queue.pop()) {
    if (closure.has(name)) continue;
    closure.add(name);
    const manifest = JSON.parse(readFileSync(join(nodeModules, name, 'package.json'), 'utf8')) as {
      dependencies?: Record<string, string>;
    };
    queue.push(...Object.keys(manifest.dependencies ?? {}));
  }
  return closure;
}
