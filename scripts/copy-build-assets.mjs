// tsc compiles TypeScript only; SQL migrations, the centre's data files and the danger model's
// weights travel beside the compiled code that reads them.
import { cpSync, mkdirSync } from 'node:fs';

for (const dir of ['db/migrations', 'centre/migrations', 'centre/strict', 'centre/surveys']) {
  mkdirSync(`build/node/${dir}`, { recursive: true });
  cpSync(dir, `build/node/${dir}`, { recursive: true });
}
// The learnt danger reader's weights (written by `npm run train:danger`).
cpSync(
  'electron/services/matching/dangerModel.json',
  'build/node/electron/services/matching/dangerModel.json',
);
