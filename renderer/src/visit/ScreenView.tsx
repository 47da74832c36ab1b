// The screen for where the resident is: each screen gets what it shows and where each answer leads.
import type { CardHolder, KioskInfo } from '../../../contract/index.js';
import { CategoryScreen } from '../ask/CategoryScreen.js';
import { ConfirmScreen } from '../ask/ConfirmScreen.js';
import { DescribeScreen } from '../ask/DescribeScreen.js';
import { LocationScreen } from '../ask/LocationScreen.js';
import { NameScreen } from '../ask/NameScreen.js';
import { NeedScreen } from '../ask/NeedScreen.js';
import { PhoneScreen } from '../ask/PhoneScreen.js';
import { QuestionScreen } from '../ask/QuestionScreen.js';
import { ResultScreen } from '../ask/ResultScreen.js';
import { UrgencyScreen } from '../ask/UrgencyScreen.js';
import { WhoScreen } from '../ask/WhoScreen.js';
import { askSteps, startDraft } from '../ask/askSteps.js';
import { CheckCardScreen } from '../check/CheckCardScreen.js';
import { CheckMenuScreen } from '../check/CheckMenuScreen.js';
import { PhoneDigitsScreen } from '../check/PhoneDigitsScreen.js';
import { RateScreen } from '../check/RateScreen.js';
import { RatedScreen } from '../check/RatedScreen.js';
import { RequestListScreen } from '../check/RequestListScreen.js';
import { StatusScreen } from '../check/StatusScreen.js';
import { TicketEntryScreen } from '../check/TicketEntryScreen.js';
import { AssistedAskConfirm } from '../assisted/AssistedAskConfirm.js';
import { useAssisted } from '../assisted/AssistedContext.js';
import { AssistedEmergencyConfirm } from '../assisted/AssistedEmergencyConfirm.js';
import { assistedSteps } from '../assisted/assistedSteps.js';
import { EmergencyScreen } from '../emergency/EmergencyScreen.js';
import type { EmergencyOutcome } from '../emergency/useEmergency.js';
import { ReceiptPreviewScreen } from '../printing/ReceiptPreviewScreen.js';
import { ComingSoonScreen } from '../screens/ComingSoonScreen.js';
import type { AssistedSubmission } from '../../../contract/index.js';
import type { Screen } from './screens.js';
import type { Navigation } from './useNavigation.js';

interface ScreenViewProps {
  screen: Screen;
  nav: Navigation;
  info: KioskInfo;
  card: CardHolder | null;
  onCard: (card: CardHolder) => void;
  emergency: EmergencyOutcome | null;
  onForget: () => void;
  /** The red button's path (alert the centre, show 110/120/119), offered on a danger result. */
  onEmergency?: () => void;
  /** The clock the date questions count days from. */
  now?: () => Date;
  /** Assisted entry: the resident confirmed the emergency staff entered for them. */
  onAssistedEmergency?: (phone: string, submission: AssistedSubmission) => void;
}

const systemClock = () => new Date();

export function ScreenView({
  screen,
  nav,
  info,
  card,
  onCard,
  emergency,
  onForget,
  onEmergency,
  now = systemClock,
  onAssistedEmergency,
}: ScreenViewProps) {
  const assisted = useAssisted();
  const hotline = info.centreHotline;
  const demoMode = info.demoMode;
  const servicesLoading = info.platform.directorySource === 'hotline-only';
  const showReceipt = demoMode ? () => nav.open({ name: 'receipt-preview' }) : undefined;
  switch (screen.name) {
    case 'home':
      return null;
    case 'coming-soon':
      return <ComingSoonScreen journey={screen.journey} hotline={hotline} />;
    case 'emergency':
      return <EmergencyScreen outcome={emergency} hotline={hotline} onDone={onForget} />;

    case 'ask-category':
      return (
        <CategoryScreen
          hotline={hotline}
          servicesLoading={servicesLoading}
          onPick={(category) => nav.open({ name: 'ask-need', category })}
        />
      );
    case 'ask-need':
      return (
        <NeedScreen
          category={screen.category}
          hotline={hotline}
          servicesLoading={servicesLoading}
          onPick={(need, platform) =>
            nav.open(askSteps.afterNeed(startDraft(screen.category, need, platform)))
          }
        />
      );
    case 'ask-describe':
      return (
        <DescribeScreen
          draft={screen.draft}
          onNext={(description) => nav.open(askSteps.afterDescribe(screen.draft, description))}
          onEmergency={onEmergency}
        />
      );
    case 'ask-question': {
      const question = screen.draft.platform.questions[screen.index];
      if (!question) return null;
      return (
        <QuestionScreen
          key={`${question.code}-${screen.index}`}
          question={question}
          index={screen.index}
          total={screen.draft.platform.questions.length}
          previous={screen.draft.answers[question.code]}
          now={now}
          onAnswer={(answer) =>
            nav.open(askSteps.afterQuestion(screen.draft, screen.index, answer))
          }
        />
      );
    }
    case 'ask-urgency':
      return (
        <UrgencyScreen
          draft={screen.draft}
          onPick={(urgency) => nav.open(askSteps.afterUrgency(screen.draft, urgency))}
        />
      );
    case 'ask-who':
      return (
        <WhoScreen
          visitCard={card}
          demoMode={demoMode}
          onCard={(read) => {
            onCard(read);
            const steps = assisted ? assistedSteps : askSteps;
            nav.open(steps.afterCard(screen.draft, read));
          }}
          onPhone={() => nav.open({ name: 'ask-phone', draft: screen.draft })}
        />
      );
    case 'ask-phone':
      return (
        <PhoneScreen
          initial={screen.draft.phone ?? ''}
          onNext={(phone) => nav.open(askSteps.afterPhone(screen.draft, phone))}
        />
      );
    case 'ask-name':
      return <NameScreen onNext={(name) => nav.open(askSteps.afterName(screen.draft, name))} />;
    case 'ask-location':
      return (
        <LocationScreen
          draft={screen.draft}
          onPick={(location) => nav.open(askSteps.afterLocation(screen.draft, location))}
        />
      );
    case 'ask-confirm':
      return (
        <ConfirmScreen
          draft={screen.draft}
          onSubmitted={(result) => nav.restart({ name: 'ask-result', result })}
          onAddPhone={() => nav.open({ name: 'ask-phone', draft: screen.draft })}
          onReview={
            assisted ? () => nav.open({ name: 'assisted-confirm', draft: screen.draft }) : undefined
          }
        />
      );
    case 'ask-result':
      return (
        <ResultScreen
          result={screen.result}
          onDone={onForget}
          onShowReceipt={showReceipt}
          onEmergency={onEmergency}
        />
      );

    case 'check-menu':
      return (
        <CheckMenuScreen
          hotline={hotline}
          onDigits={() => nav.open({ name: 'check-ticket' })}
          onCard={() => nav.open({ name: 'check-card' })}
          onFound={(status, requestKey) => nav.open({ name: 'check-status', status, requestKey })}
        />
      );
    case 'check-ticket':
      return (
        <TicketEntryScreen
          hotline={hotline}
          onFound={(status, requestKey) => nav.open({ name: 'check-status', status, requestKey })}
        />
      );
    case 'check-card':
      return (
        <CheckCardScreen
          demoMode={demoMode}
          hotline={hotline}
          visitCard={card}
          onCard={onCard}
          onFound={(requests, found) =>
            nav.open({ name: 'check-list', requests, cardToken: found.token })
          }
          onDigits={() => nav.open({ name: 'check-ticket' })}
        />
      );
    case 'check-list':
      return (
        <RequestListScreen
          requests={screen.requests}
          hotline={hotline}
          onPick={(status) =>
            nav.open({
              name: 'check-status',
              status,
              requestKey: {
                ticket: status.ticket,
                proof: { kind: 'card', cardToken: screen.cardToken },
              },
            })
          }
        />
      );
    case 'check-status':
      return (
        <StatusScreen
          status={screen.status}
          requestKey={screen.requestKey}
          onUnlock={() => nav.open({ name: 'check-unlock', requestKey: screen.requestKey })}
          onRate={() =>
            nav.open({ name: 'rate', status: screen.status, requestKey: screen.requestKey })
          }
          onDone={onForget}
          onShowReceipt={showReceipt}
        />
      );
    case 'check-unlock':
      return (
        <PhoneDigitsScreen
          requestKey={screen.requestKey}
          hotline={hotline}
          onOpened={(status, requestKey) => nav.open({ name: 'check-status', status, requestKey })}
          onCard={() => nav.open({ name: 'check-card' })}
        />
      );
    case 'rate':
      return (
        <RateScreen
          status={screen.status}
          requestKey={screen.requestKey}
          onRated={(stars) => nav.restart({ name: 'rated', stars })}
        />
      );
    case 'rated':
      return <RatedScreen stars={screen.stars} onDone={onForget} />;

    case 'receipt-preview':
      return <ReceiptPreviewScreen />;

    case 'assisted-confirm':
      if (!assisted) return null;
      return (
        <AssistedAskConfirm
          assisted={assisted}
          draft={screen.draft}
          onSubmitted={(result) => nav.restart({ name: 'ask-result', result })}
          onChange={nav.back}
        />
      );
    case 'assisted-emergency-phone':
      return (
        <PhoneScreen
          initial=""
          onNext={(phone) => nav.open({ name: 'assisted-emergency-confirm', phone })}
        />
      );
    case 'assisted-emergency-confirm':
      if (!assisted || !onAssistedEmergency) return null;
      return (
        <AssistedEmergencyConfirm
          assisted={assisted}
          phone={screen.phone}
          card={card}
          onSend={onAssistedEmergency}
          onChange={nav.back}
        />
      );
  }
}
