// The words each tuning round grew, one file per family of wordings (see grownSynonyms.ts for
// where the words come from); listed here so grownSynonyms.ts keeps only its own entries.
import type { GrownTerms } from './grownSynonyms.js';
import { everydayGrownTerms } from './grownSynonymsEveryday.js';
import { everydayGrownTermsMore } from './grownSynonymsEverydayMore.js';
import { everydayGrownTermsThird } from './grownSynonymsEverydayThird.js';
import { everydayGrownTermsFourth } from './grownSynonymsEverydayFourth.js';
import { everydayGrownTermsFifth } from './grownSynonymsEverydayFifth.js';
import { everydayGrownTermsSixth } from './grownSynonymsEverydaySixth.js';
import { everydayGrownTermsSeventh } from './grownSynonymsEverydaySeventh.js';
import { everydayGrownTermsEighth } from './grownSynonymsEverydayEighth.js';
import { obliqueGrownTerms } from './grownSynonymsOblique.js';
import { tonguesGrownTerms } from './grownSynonymsTongues.js';
import { tonguesSecondGrownTerms } from './grownSynonymsTonguesSecond.js';
import { dangerCalmGrownTerms } from './grownSynonymsDangerCalm.js';
import { clausesGrownTerms } from './grownSynonymsClauses.js';
import { vagueGrownTerms } from './grownSynonymsVague.js';
import { vagueSecondGrownTerms } from './grownSynonymsVagueSecond.js';
import { clausesSecondGrownTerms } from './grownSynonymsClausesSecond.js';
import { vagueThirdGrownTerms } from './grownSynonymsVagueThird.js';
import { lobbyGrownTerms } from './grownSynonymsLobby.js';
import { unsaidRoundGrownTerms } from './grownSynonymsUnsaid.js';

export const roundsGrownTerms: readonly GrownTerms[] = [
  ...everydayGrownTerms,
  ...everydayGrownTermsMore,
  ...everydayGrownTermsThird,
  ...everydayGrownTermsFourth,
  ...everydayGrownTermsFifth,
  ...everydayGrownTermsSixth,
  ...everydayGrownTermsSeventh,
  ...everydayGrownTermsEighth,
  ...obliqueGrownTerms,
  ...tonguesGrownTerms,
  ...tonguesSecondGrownTerms,
  ...dangerCalmGrownTerms,
  ...clausesGrownTerms,
  ...vagueGrownTerms,
  ...vagueSecondGrownTerms,
  ...clausesSecondGrownTerms,
  ...vagueThirdGrownTerms,
  ...lobbyGrownTerms,
  ...unsaidRoundGrownTerms,
];
