// Staff-only: the kiosk's settings. Each field says whether it takes effect from the next
// resident or after a restart; a field set by an environment variable is shown but locked. The
// centre's key is never shown: only whether one is set, and a field to replace it. Only changed
// fields are sent; the kiosk checks them with the config file's own rules and a refusal names
// the field, in its label and in the kiosk's words.
import { useEffect, useState } from 'react';
import { useTranslation } from '../i18n/translation.js';
import { languages, textSizes } from '../../../contract/constants.js';
import type {
  StaffSettingKey,
  StaffSettingsChange,
  StaffSettingsSaved,
  StaffSettingsView,
} from '../../../contract/staffTools.js';
import { KioskApiError, type KioskClient } from '../api/kioskClient.js';
import { NavBar } from '../components/NavBar.js';
import { languageNames } from '../i18n/i18n.js';

interface SettingsScreenProps {
  client: KioskClient;
  token: string;
  onClose: () => void;
  onUnauthorized: () => void;
}

type ShownKey = keyof StaffSettingsView['values'];
const textFields: ShownKey[] = [
  'kioskId',
  'communityName',
  'upstreamUrl',
  'upstreamTimeoutMs',
  'printer',
  'cardReader',
];
const liveKeys: ReadonlySet<StaffSettingKey> = new Set(['defaultLanguage', 'defaultTextSize']);

type Outcome =
  | { kind: 'saved'; saved: StaffSettingsSaved }
  | { kind: 'refused'; field: StaffSettingKey | null; message: string }
  | { kind: 'nothing' }
  | { kind: 'failed' };

export function SettingsScreen({ client, token, onClose, onUnauthorized }: SettingsScreenProps) {
  const { t } = useTranslation();
  const [view, setView] = useState<StaffSettingsView | null>(null);
  const [draft, setDraft] = useState<Record<string, string>>({});
  const [newKey, setNewKey] = useState('');
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const [saving, setSaving] = useState(false);
  const [round, setRound] = useState(0);

  useEffect(() => {
    let live = true;
    client.call('getStaffSettings', { token }).then(
      (found) => {
        if (!live) return;
        setView(found);
        setDraft(Object.fromEntries(Object.entries(found.values).map(([k, v]) => [k, String(v)])));
      },
      (error: unknown) => {
        if (!live) return;
        if (error instanceof KioskApiError && error.code === 'unauthorized') onUnauthorized();
        else setOutcome({ kind: 'failed' });
      },
    );
    return () => {
      live = false;
    };
  }, [client, token, onUnauthorized, round]);

  const labels: Record<StaffSettingKey, string> = {
    kioskId: t('staffCare.settings.labels.kioskId'),
    communityName: t('staffCare.settings.labels.communityName'),
    upstreamUrl: t('staffCare.settings.labels.upstreamUrl'),
    upstreamApiKey: t('staffCare.settings.labels.upstreamApiKey'),
    defaultLanguage: t('staffCare.settings.labels.defaultLanguage'),
    defaultTextSize: t('staffCare.settings.labels.defaultTextSize'),
    upstreamTimeoutMs: t('staffCare.settings.labels.upstreamTimeoutMs'),
    printer: t('staffCare.settings.labels.printer'),
    cardReader: t('staffCare.settings.labels.cardReader'),
  };
  const label = (key: StaffSettingKey) => labels[key];
  const when = (key: StaffSettingKey) =>
    liveKeys.has(key) ? t('staffCare.settings.live') : t('staffCare.settings.restart');
  const locked = (key: StaffSettingKey) => view?.fromEnvironment.includes(key) ?? false;
  const names = (keys: readonly StaffSettingKey[]) =>
    keys.map(label).join(t('staffCare.settings.listSeparator'));

  const save = () => {
    if (!view) return;
    const changes: Record<string, string> = {};
    for (const [key, value] of Object.entries(draft)) {
      if (value !== String(view.values[key as ShownKey])) changes[key] = value;
    }
    if (newKey !== '') changes.upstreamApiKey = newKey;
    if (Object.keys(changes).length === 0) {
      setOutcome({ kind: 'nothing' });
      return;
    }
    setSaving(true);
    client.call('staffChangeSettings', { token, changes: changes as StaffSettingsChange }).then(
      (saved) => {
        setSaving(false);
        setNewKey('');
        setOutcome({ kind: 'saved', saved });
        setRound((value) => value + 1);
      },
      (error: unknown) => {
        setSaving(false);
        if (error instanceof KioskApiError && error.code === 'unauthorized') {
          onUnauthorized();
          return;
        }
        const field = error instanceof KioskApiError ? error.path?.at(-1) : undefined;
        setOutcome(
          error instanceof KioskApiError && error.code !== 'internal'
            ? {
                kind: 'refused',
                field: typeof field === 'string' ? (field as StaffSettingKey) : null,
                message: error.message,
              }
            : { kind: 'failed' },
        );
      },
    );
  };

  const refusedField = outcome?.kind === 'refused' ? outcome.field : null;
  const fieldProps = (key: StaffSettingKey) => ({
    id: `setting-${key}`,
    'data-testid': `setting-${key}`,
    disabled: locked(key),
    'aria-invalid': refusedField === key ? ('true' as const) : undefined,
    className: refusedField === key ? 'care-input care-input--refused' : 'care-input',
  });

  return (
    <div
      className="staff-overlay"
      role="dialog"
      aria-modal="true"
      aria-labelledby="settings-title"
      data-testid="staff-settings"
    >
      <NavBar onBack={onClose} onHome={onClose} />
      <div className="staff-queue care-screen">
        <h1 id="settings-title">{t('staffCare.settings.title')}</h1>
        <p>{t('staffCare.settings.intro')}</p>
        {outcome?.kind === 'refused' ? (
          <p className="staff-notice" role="alert" data-testid="settings-refused">
            {t('staffCare.settings.refused', {
              field: outcome.field ? label(outcome.field) : '—',
              message: outcome.message,
            })}
          </p>
        ) : null}
        {outcome?.kind === 'failed' ? <p role="alert">{t('staff.entry.unavailable')}</p> : null}
        {outcome?.kind === 'nothing' ? (
          <p role="status">{t('staffCare.settings.nothingChanged')}</p>
        ) : null}
        {outcome?.kind === 'saved' ? (
          <p className="care-result" role="status" data-testid="settings-saved">
            {t('staffCare.settings.saved')}{' '}
            {outcome.saved.appliedNow.length > 0
              ? t('staffCare.settings.savedNow', { keys: names(outcome.saved.appliedNow) })
              : ''}{' '}
            {outcome.saved.needRestart.length > 0
              ? t('staffCare.settings.savedRestart', { keys: names(outcome.saved.needRestart) })
              : ''}
          </p>
        ) : null}
        {view && view.waitingForRestart.length > 0 ? (
          <p data-testid="settings-waiting">
            {t('staffCare.settings.waiting', { keys: names(view.waitingForRestart) })}
          </p>
        ) : null}
        {view ? (
          <form
            className="care-form"
            onSubmit={(event) => {
              event.preventDefault();
              save();
            }}
          >
            {textFields.map((key) => (
              <div className="care-field" key={key}>
                <label htmlFor={`setting-${key}`}>
                  {label(key)} {when(key)}
                </label>
                <input
                  {...fieldProps(key)}
                  type="text"
                  inputMode={key === 'upstreamTimeoutMs' ? 'numeric' : 'text'}
                  autoComplete="off"
                  spellCheck={false}
                  value={draft[key] ?? ''}
                  onChange={(event) => setDraft({ ...draft, [key]: event.target.value })}
                />
                {locked(key) ? <p>{t('staffCare.settings.fromEnvironment')}</p> : null}
              </div>
            ))}
            <div className="care-field">
              <label htmlFor="setting-defaultLanguage">
                {label('defaultLanguage')} {when('defaultLanguage')}
              </label>
              <select
                {...fieldProps('defaultLanguage')}
                value={draft.defaultLanguage ?? ''}
                onChange={(event) => setDraft({ ...draft, defaultLanguage: event.target.value })}
              >
                {languages.map((language) => (
                  <option key={language} value={language}>
                    {languageNames[language]}
                  </option>
                ))}
              </select>
            </div>
            <div className="care-field">
              <label htmlFor="setting-defaultTextSize">
                {label('defaultTextSize')} {when('defaultTextSize')}
              </label>
              <select
                {...fieldProps('defaultTextSize')}
                value={draft.defaultTextSize ?? ''}
                onChange={(event) => setDraft({ ...draft, defaultTextSize: event.target.value })}
              >
                {textSizes.map((textSize) => (
                  <option key={textSize} value={textSize}>
                    {t(`settings.textSizes.${textSize}`)}
                  </option>
                ))}
              </select>
            </div>
            <div className="care-field">
              <p data-testid="settings-api-key">
                {view.apiKey === 'set'
                  ? t('staffCare.settings.apiKeySet')
                  : t('staffCare.settings.apiKeyNotSet')}
              </p>
              <label htmlFor="setting-upstreamApiKey">
                {t('staffCare.settings.apiKeyNew')} {when('upstreamApiKey')}
              </label>
              <input
                {...fieldProps('upstreamApiKey')}
                type="password"
                autoComplete="off"
                value={newKey}
                onChange={(event) => setNewKey(event.target.value)}
              />
            </div>
            <button
              type="submit"
              className="care-button care-button--save"
              data-testid="settings-save"
              disabled={saving}
            >
              {t('staffCare.settings.save')}
            </button>
          </form>
        ) : null}
      </div>
    </div>
  );
}
