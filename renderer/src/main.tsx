import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { I18nextProvider } from 'react-i18next';
import { App } from './App.js';
import { KioskClientContext } from './api/KioskClientContext.js';
import { connectKioskClient } from './api/kioskClient.js';
import type { Language } from '../../contract/index.js';
import { createI18n, wordWithoutI18n } from './i18n/i18n.js';
import { TranslationProvider } from './i18n/translation.js';
import { DemoPartsContext } from './visit/DemoPartsContext.js';
import { applyVisitSettings } from './visit/useVisitSettings.js';
import './styles/tokens.css';
import './styles/layout.css';
import './styles/screens.css';
import './styles/pad.css';
import './styles/card.css';
import './styles/result.css';
import './styles/check.css';
import './styles/questions.css';
import './styles/printing.css';
import './styles/idle.css';
import './styles/fit.css';

const rootElement = document.getElementById('root');
if (!rootElement) throw new Error('index.html has no #root element.');
const root = createRoot(rootElement);

function showFatal(message: string): void {
  // i18next may not be up (or be what failed): the words come straight from the resources,
  // Chinese first, English after, both large.
  rootElement?.replaceChildren();
  const box = document.createElement('div');
  box.className = 'fatal';
  box.setAttribute('role', 'alert');
  const words = (language: Language) => wordWithoutI18n(language, 'app.cannotStart');
  box.textContent = `${words('zh-CN')} ${words('en')} (${message})`;
  rootElement?.append(box);
}

async function start(): Promise<void> {
  const client = connectKioskClient();
  const [info, settings] = await Promise.all([
    client.call('getKioskInfo', {}),
    client.call('getSettings', {}),
  ]);
  // The demo module is fetched on a demo kiosk only: a production page never loads it.
  const demo = info.demoMode ? (await import('./demo/demoParts.js')).demoParts : undefined;
  const i18nInstance = await createI18n(settings.language);
  applyVisitSettings(settings, i18nInstance);
  document.title = i18nInstance.t('app.title');
  root.render(
    <StrictMode>
      <KioskClientContext.Provider value={client}>
        <DemoPartsContext.Provider value={demo}>
          <I18nextProvider i18n={i18nInstance}>
            <TranslationProvider i18n={i18nInstance}>
              <App info={info} initialSettings={settings} i18nInstance={i18nInstance} />
            </TranslationProvider>
          </I18nextProvider>
        </DemoPartsContext.Provider>
      </KioskClientContext.Provider>
    </StrictMode>,
  );
}

start().catch((error: unknown) =>
  showFatal(error instanceof Error ? error.message : String(error)),
);
