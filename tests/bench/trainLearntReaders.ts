// `npm run train`: retrains the learnt readers (danger: dangerModelTraining.ts; needs no service
// answers: outOfScopeModelTraining.ts) on the tuning part and the phrase lists, and writes their
// weights beside the code that reads them. Run it after adding or changing a tuning case or a
// danger phrase; a unit test says when it is due.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { trainDangerModel } from './dangerModelTraining.js';
import { trainOutOfScopeModel } from './outOfScopeModelTraining.js';

// Run from the project's root, as npm runs scripts.
const folder = join(process.cwd(), 'electron/services/matching');
const write = (file: string, model: object) =>
  writeFileSync(join(folder, file), `${JSON.stringify(model, null, 1)}\n`);

const danger = trainDangerModel();
write('dangerModel.json', danger);
console.log(
  `danger model: ${danger.trainedOn.examples} examples, ${danger.danger.features.length}` +
    ` weighted runs, threshold ${danger.threshold}`,
);
const scope = trainOutOfScopeModel();
write('outOfScopeModel.json', scope);
console.log(
  `out-of-scope model: ${scope.trainedOn.examples} examples, ${scope.weights.features.length}` +
    ` weighted runs, threshold ${scope.threshold}`,
);
