// The 45th batch: about 150 needs written by the `danger` helper (8th round of issue 15) to tune
// danger recall on: danger to life or home told mostly WITHOUT the usual danger words (a child
// led away, an elder not answering, a stranger trying doors, a child hurt next door, someone down
// and not moving, burning smelt through a door, water onto wires, a scam under way told by a
// relative), typed under everyday journeys and as homophone typos, toneless pinyin, English and
// Traditional, with about one calm near miss for two dangers (the past, a dream, medicine running
// out, a smoke alarm's battery, a drill, the news). The writer had read the demo resources and
// the kit, no other batch. Rule: allTuning (the whole batch is tuned on; it estimates nothing).
import type { LabelledNeed } from './labelledNeeds.js';
import { allTuning } from './labelledNeedsKit.js';
import {
  calmPeopleCases,
  childCases,
  downCases,
  elderCases,
  hurtNextDoorCases,
  strangerCases,
} from './labelledNeedsFortyFifthPeople.js';
import {
  burningCases,
  calmHomeCases,
  scamCases,
  typedCases,
  wetWiresCases,
} from './labelledNeedsFortyFifthHome.js';

export const fortyFifthBatch: LabelledNeed[] = allTuning([
  ...childCases,
  ...elderCases,
  ...strangerCases,
  ...hurtNextDoorCases,
  ...downCases,
  ...calmPeopleCases,
  ...burningCases,
  ...wetWiresCases,
  ...scamCases,
  ...typedCases,
  ...calmHomeCases,
]);
