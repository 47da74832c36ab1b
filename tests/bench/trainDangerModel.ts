// `npm run train:danger`: retrains the learnt danger reader on the tuning part and the phrase
// lists (dangerModelTraining.ts) and writes its weights beside the code that reads them. Run it
// after adding or changing a tuning case or a danger phrase; a unit test says when it is due.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { trainDangerModel } from './dangerModelTraining.js';

// Run from the project's root, as npm runs scripts.
const target = join(process.cwd(), 'electron/services/matching/dangerModel.json');
const model = trainDangerModel();
writeFileSync(target, `${JSON.stringify(model, null, 1)}\n`);
const kept = Object.keys(model.danger).length;
console.log(
  `danger model: ${model.trainedOn.examples} examples, ${kept} weighted runs,` +
    ` threshold ${model.threshold}, written to ${target}`,
);
