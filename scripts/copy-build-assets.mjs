// tsc compiles TypeScript only; SQL migrations travel beside the compiled code that reads them.
import { cpSync, mkdirSync } from 'node:fs';

for (const dir of ['db/migrations', 'upstream/server/migrations']) {
  mkdirSync(`build/node/${dir}`, { recursive: true });
  cpSync(dir, `build/node/${dir}`, { recursive: true });
}
