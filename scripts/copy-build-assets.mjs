// tsc compiles TypeScript only; SQL migrations, the centre's data files and the learnt readers'
// weights travel beside the compiled code that reads them.
import { cpSync, mkdirSync } from 'node:fs';

for (const dir of ['db/migrations', 'centre/migrations', 'centre/strict', 'centre/surveys']) {
  mkdirSync(`build/node/${dir}`, { recursive: true });
  cpSync(dir, `build/node/${dir}`, { recursive: true });
}
// The learnt readers' weights (written by `npm run train`).
for (const model of ['dangerModel.json', 'outOfScopeModel.json']) {
  const file = `electron/services/matching/${model}`;
  cpSync(file, `build/node/${file}`);
}
