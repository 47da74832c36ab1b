// Where the resident is: every screen of every registered journey, each carrying its own data.
// Each journey declares its screens in its own folder (renderer/src/<journey>/screens.tsx).
import type { AppointmentsScreen } from '../appointments/appointmentsScreen.js';
import type { AskScreen } from '../ask/askScreen.js';
import type { AssistedScreen } from '../assisted/assistedScreen.js';
import type { CheckScreen } from '../check/checkScreen.js';
import type { ContactScreen } from '../contact/contactScreen.js';
import type { SurveyScreen } from '../survey/surveyScreen.js';
import type { VoteScreen } from '../vote/voteScreen.js';
import type { TakeNumberScreen } from '../takeNumber/takeNumberScreen.js';
import type { CommonScreen } from './commonScreen.js';

export type Screen =
  | CommonScreen
  | AskScreen
  | CheckScreen
  | AssistedScreen
  | ContactScreen
  | SurveyScreen
  | VoteScreen
  | AppointmentsScreen
  | TakeNumberScreen;
