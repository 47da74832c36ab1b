// tsc compiles TypeScript only; SQL migrations and the centre's data files travel beside the
// compiled code that reads them.
import { cpSync, mkdirSync } from 'node:fs';

for (const dir of ['db/migrations', 'centre/migrations', 'centre/strict', 'centre/surveys']) {
  mkdirSync(`build/node/${dir}`, { recursive: true });
  cpSync(dir, `build/node/${dir}`, { recursive: true });
}
