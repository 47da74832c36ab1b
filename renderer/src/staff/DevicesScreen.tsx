// Staff-only: the kiosk's devices and health. Printer and card reader state, each with its test
// (a test page through the real printer; a test read that shows only a masked result), a test of
// the way to the centre, the data disk's space, the version, and a log export without personal
// data. Each button's result is one plain sentence under it.
import { useCallback } from 'react';
import { useTranslation } from '../i18n/translation.js';
import type { DeviceStatus } from '../../../contract/index.js';
import type { KioskClient } from '../api/kioskClient.js';
import { NavBar } from '../components/NavBar.js';
import { CareTest } from './CareTest.js';
import { useStaffCall, useStaffLoad } from './useStaffCall.js';

interface DevicesScreenProps {
  client: KioskClient;
  token: string;
  onClose: () => void;
  onUnauthorized: () => void;
}

const gigabytes = (bytes: number) => (bytes / 1_073_741_824).toFixed(1);

export function DevicesScreen({ client, token, onClose, onUnauthorized }: DevicesScreenProps) {
  const { t } = useTranslation();
  const { value: devices, failed } = useStaffLoad(
    useCallback(() => client.call('getStaffDevices', { token }), [client, token]),
    onUnauthorized,
  );

  const [testPage, printTestPage] = useStaffCall(
    useCallback(() => client.call('staffPrintTestPage', { token }), [client, token]),
    onUnauthorized,
  );
  const [testRead, readTestCard] = useStaffCall(
    useCallback(() => client.call('staffTestCardRead', { token, waitMs: 20_000 }), [client, token]),
    onUnauthorized,
  );
  const [connection, testConnection] = useStaffCall(
    useCallback(() => client.call('staffTestConnection', { token }), [client, token]),
    onUnauthorized,
  );
  const [exported, exportLogs] = useStaffCall(
    useCallback(() => client.call('staffExportLogs', { token }), [client, token]),
    onUnauthorized,
  );

  const stateWords = (device: DeviceStatus): string =>
    ({
      ready: t('staffCare.devices.states.ready'),
      busy: t('staffCare.devices.states.busy'),
      'needs-attention': t('staffCare.devices.states.needs-attention'),
      disconnected: t('staffCare.devices.states.disconnected'),
      'not-installed': t('staffCare.devices.states.not-installed'),
    })[device.state];

  return (
    <div
      className="staff-overlay"
      role="dialog"
      aria-modal="true"
      aria-labelledby="devices-title"
      data-testid="staff-devices"
    >
      <NavBar onBack={onClose} onHome={onClose} />
      <div className="staff-queue care-screen">
        <h1 id="devices-title">{t('staffCare.devices.title')}</h1>
        {failed ? <p role="alert">{t('staff.entry.unavailable')}</p> : null}
        {devices ? (
          <>
            <section className="care-section">
              <p data-testid="devices-printer">
                {t('staffCare.devices.printer', {
                  driver: devices.printer.driver,
                  state: stateWords(devices.printer),
                })}
              </p>
              {devices.printer.detail ? (
                <p>{t('staffCare.devices.detail', { detail: devices.printer.detail })}</p>
              ) : null}
              <CareTest
                label={t('staffCare.devices.testPage')}
                state={testPage}
                onRun={printTestPage}
                buttonTestId="devices-test-page"
                resultTestId="devices-test-page-result"
                words={(result) =>
                  result.outcome === 'failed'
                    ? t('staffCare.devices.testPageFailed', { problem: result.problem ?? '—' })
                    : result.warnings.length > 0
                      ? t('staffCare.devices.testPageWarning', {
                          warnings: result.warnings.join(', '),
                        })
                      : t('staffCare.devices.testPagePrinted')
                }
              />
            </section>

            <section className="care-section">
              <p data-testid="devices-reader">
                {t('staffCare.devices.reader', {
                  driver: devices.cardReader.driver,
                  state: stateWords(devices.cardReader),
                })}
              </p>
              {devices.cardReader.detail ? (
                <p>{t('staffCare.devices.detail', { detail: devices.cardReader.detail })}</p>
              ) : null}
              <CareTest
                label={t('staffCare.devices.testRead')}
                state={testRead}
                onRun={readTestCard}
                buttonTestId="devices-test-read"
                resultTestId="devices-test-read-result"
                runningWords={t('staffCare.devices.testReadWaiting')}
                words={(result) =>
                  result.outcome === 'read'
                    ? t('staffCare.devices.testReadDone', {
                        name: result.maskedName,
                        number: result.maskedNumber,
                      })
                    : result.outcome === 'no-card'
                      ? t('staffCare.devices.testReadNoCard')
                      : t('staffCare.devices.testReadError', { code: result.code })
                }
              />
            </section>

            <section className="care-section">
              <CareTest
                label={t('staffCare.devices.connection')}
                state={connection}
                onRun={testConnection}
                buttonTestId="devices-test-connection"
                resultTestId="devices-connection-result"
                runningWords={t('staffCare.devices.connectionWaiting')}
                words={(result) =>
                  result.outcome === 'reached'
                    ? t('staffCare.devices.connectionReached', {
                        address: result.address,
                        services: result.services ?? 0,
                        ms: result.elapsedMs,
                      })
                    : result.outcome === 'failed'
                      ? t('staffCare.devices.connectionFailed', {
                          address: result.address,
                          ms: result.elapsedMs,
                          problem: result.problem ?? '—',
                        })
                      : t('staffCare.devices.connectionNone')
                }
              />
            </section>

            <section className="care-section">
              <p data-testid="devices-disk">
                {devices.disk
                  ? t('staffCare.devices.disk', {
                      free: gigabytes(devices.disk.freeBytes),
                      total: gigabytes(devices.disk.totalBytes),
                    })
                  : t('staffCare.devices.diskUnknown')}
              </p>
              <p data-testid="devices-version">
                {t('staffCare.devices.version', {
                  kioskId: devices.kioskId,
                  version: devices.version,
                })}
              </p>
              <CareTest
                label={t('staffCare.devices.export')}
                state={exported}
                onRun={exportLogs}
                buttonTestId="devices-export"
                resultTestId="devices-export-result"
                words={(result) =>
                  t('staffCare.devices.exported', { lines: result.lines, file: result.file })
                }
              />
            </section>
          </>
        ) : null}
      </div>
    </div>
  );
}
