// "Ask for help" (the journey of the design card): its screens, in the order a resident meets
// them, and where each answer leads (askSteps decides which screen comes next).
import { assistedSteps } from '../assisted/assistedSteps.js';
import type { JourneyRegistration } from '../visit/screenRegistry.js';
import type { AskScreen } from './askScreen.js';
import { askJourneyStep } from './askJourneyStep.js';
import { askSteps, startDraft } from './askSteps.js';
import { CategoryScreen } from './CategoryScreen.js';
import { ConfirmScreen } from './ConfirmScreen.js';
import { DescribeScreen } from './DescribeScreen.js';
import { LocationScreen } from './LocationScreen.js';
import { NameScreen } from './NameScreen.js';
import { NeedScreen } from './NeedScreen.js';
import { PhoneScreen } from './PhoneScreen.js';
import { QuestionScreen } from './QuestionScreen.js';
import { ResultScreen } from './ResultScreen.js';
import { UrgencyScreen } from './UrgencyScreen.js';
import { WhoScreen } from './WhoScreen.js';

export const askJourney: JourneyRegistration<AskScreen, 'askForHelp'> = {
  id: 'askForHelp',
  start: { name: 'ask-category' },
  finished: ['ask-result'],
  step: askJourneyStep,
  screens: {
    'ask-category': (_screen, { nav, hotline, servicesLoading }) => (
      <CategoryScreen
        hotline={hotline}
        servicesLoading={servicesLoading}
        onPick={(category) => nav.open({ name: 'ask-need', category })}
      />
    ),
    'ask-need': (screen, { nav, hotline, servicesLoading }) => (
      <NeedScreen
        category={screen.category}
        hotline={hotline}
        servicesLoading={servicesLoading}
        onPick={(need, platform) =>
          nav.open(askSteps.afterNeed(startDraft(screen.category, need, platform)))
        }
      />
    ),
    'ask-describe': (screen, { nav, onEmergency }) => (
      <DescribeScreen
        draft={screen.draft}
        onNext={(description) => nav.open(askSteps.afterDescribe(screen.draft, description))}
        onEmergency={onEmergency}
      />
    ),
    'ask-question': (screen, { nav, now }) => {
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
    },
    'ask-urgency': (screen, { nav }) => (
      <UrgencyScreen
        draft={screen.draft}
        onPick={(urgency) => nav.open(askSteps.afterUrgency(screen.draft, urgency))}
      />
    ),
    'ask-who': (screen, { nav, card, demoMode, onCard, assisted }) => (
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
    ),
    'ask-phone': (screen, { nav }) => (
      <PhoneScreen
        initial={screen.draft.phone ?? ''}
        onNext={(phone) => nav.open(askSteps.afterPhone(screen.draft, phone))}
      />
    ),
    'ask-name': (screen, { nav }) => (
      <NameScreen onNext={(name) => nav.open(askSteps.afterName(screen.draft, name))} />
    ),
    'ask-location': (screen, { nav }) => (
      <LocationScreen
        draft={screen.draft}
        onPick={(location) => nav.open(askSteps.afterLocation(screen.draft, location))}
      />
    ),
    'ask-confirm': (screen, { nav, assisted }) => (
      <ConfirmScreen
        draft={screen.draft}
        onSubmitted={(result) => nav.restart({ name: 'ask-result', result })}
        onAddPhone={() => nav.open({ name: 'ask-phone', draft: screen.draft })}
        onReview={
          assisted ? () => nav.open({ name: 'assisted-confirm', draft: screen.draft }) : undefined
        }
      />
    ),
    'ask-result': (screen, { onForget, showReceipt, onEmergency }) => (
      <ResultScreen
        result={screen.result}
        onDone={onForget}
        onShowReceipt={showReceipt}
        onEmergency={onEmergency}
      />
    ),
  },
};
