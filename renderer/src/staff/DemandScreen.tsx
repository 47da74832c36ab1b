// Staff-only, loaded on demand: what residents asked this kiosk for over the last 30 days. Each
// chart has one plain sentence above it that says what it shows, and a table below it with the
// same figures, so someone who has never read a chart reads the sentence or the table.
import { useCallback, useEffect, useRef } from 'react';
import { useTranslation } from '../i18n/translation.js';
import type { KioskClient } from '../api/kioskClient.js';
import { useCatalog } from '../catalog/useCatalog.js';
import { NavBar } from '../components/NavBar.js';
import { useLocalize } from '../i18n/useLocalize.js';
import { type BarSeries, drawBars } from './demandCharts.js';
import { demandHighlights, durationWords, shortDay } from './demandSummary.js';
import { FigureTable } from './FigureTable.js';
import { useStaffLoad } from './useStaffCall.js';

interface DemandScreenProps {
  client: KioskClient;
  token: string;
  onClose: () => void;
  onUnauthorized: () => void;
}

function useCategoryNames(): (category: string) => string {
  const catalog = useCatalog();
  const localize = useLocalize();
  return (category) => {
    if (catalog.status !== 'ready') return category;
    const found = catalog.catalog.categories.find((entry) => entry.id === category);
    return found ? localize(found.title) : category;
  };
}

function BarChart(props: {
  testId: string;
  labels: string[];
  series: BarSeries[];
  stacked?: boolean;
  horizontal?: boolean;
  height: number;
}) {
  const canvas = useRef<HTMLCanvasElement>(null);
  const { labels, series, stacked, horizontal } = props;
  useEffect(() => {
    if (!canvas.current) return;
    const chart = drawBars(canvas.current, labels, series, {
      ...(stacked === undefined ? {} : { stacked }),
      ...(horizontal === undefined ? {} : { horizontal }),
    });
    return () => chart.destroy();
  }, [labels, series, stacked, horizontal]);
  // The sentence above and the table below say what the picture shows; the canvas is decoration.
  return (
    <canvas
      ref={canvas}
      className="demand-chart"
      data-testid={props.testId}
      width={960}
      height={props.height}
      aria-hidden="true"
    />
  );
}

export default function DemandScreen({
  client,
  token,
  onClose,
  onUnauthorized,
}: DemandScreenProps) {
  const { t } = useTranslation();
  const { value: stats, failed } = useStaffLoad(
    useCallback(() => client.call('getStaffDemand', { token }), [client, token]),
    onUnauthorized,
  );
  const categoryName = useCategoryNames();

  const highlights = stats ? demandHighlights(stats) : null;
  const categories = stats?.byCategory.map((entry) => entry.category) ?? [];
  const medianText = (minutes: number) => {
    const words = durationWords(minutes);
    if (words.unit === 'minutes') return t('staffCare.demand.minutes', { count: words.count });
    if (words.unit === 'hours') return t('staffCare.demand.hours', { count: words.count });
    return t('staffCare.demand.days', { count: words.count });
  };

  return (
    <div
      className="staff-overlay"
      role="dialog"
      aria-modal="true"
      aria-labelledby="demand-title"
      data-testid="staff-demand"
    >
      <NavBar onBack={onClose} onHome={onClose} />
      <div className="staff-queue care-screen">
        <h1 id="demand-title">{t('staffCare.demand.title')}</h1>
        {failed ? <p role="alert">{t('staffCare.demand.failed')}</p> : null}
        {stats && highlights && stats.total === 0 ? (
          <p data-testid="demand-none">{t('staffCare.demand.none')}</p>
        ) : null}
        {stats && highlights?.topCategory && highlights.busiestDay && highlights.busiestHour ? (
          <>
            <section className="care-section">
              <h2>{t('staffCare.demand.categoryChart')}</h2>
              <p className="care-summary" data-testid="demand-summary-category">
                {t('staffCare.demand.byCategory', {
                  category: categoryName(highlights.topCategory.category),
                  count: highlights.topCategory.count,
                })}
              </p>
              <BarChart
                testId="demand-chart-category"
                labels={categories.map(categoryName)}
                series={[
                  {
                    label: t('staffCare.demand.count'),
                    values: stats.byCategory.map((entry) => entry.count),
                  },
                ]}
                horizontal
                height={Math.max(240, categories.length * 80)}
              />
              <FigureTable
                testId="demand-table-category"
                headings={[t('staffCare.demand.category'), t('staffCare.demand.count')]}
                rows={stats.byCategory.map((entry) => ({
                  key: entry.category,
                  cells: [categoryName(entry.category), entry.count],
                }))}
              />
            </section>

            <section className="care-section">
              <h2>{t('staffCare.demand.dayChart')}</h2>
              <p className="care-summary" data-testid="demand-summary-day">
                {t('staffCare.demand.byDay', {
                  total: stats.total,
                  day: shortDay(highlights.busiestDay.day),
                  count: highlights.busiestDay.count,
                })}
              </p>
              <BarChart
                testId="demand-chart-day"
                labels={stats.days.map(shortDay)}
                series={categories.map((category) => ({
                  label: categoryName(category),
                  values: highlights.perDay.map(
                    (day) =>
                      day.categories.find((entry) => entry.category === category)?.count ?? 0,
                  ),
                }))}
                stacked
                height={480}
              />
              <FigureTable
                testId="demand-table-day"
                headings={[
                  t('staffCare.demand.day'),
                  t('staffCare.demand.count'),
                  t('staffCare.demand.breakdown'),
                ]}
                rows={highlights.perDay
                  .filter((day) => day.total > 0)
                  .map((day) => ({
                    key: day.day,
                    cells: [
                      shortDay(day.day),
                      day.total,
                      day.categories
                        .map((entry) => `${categoryName(entry.category)} ${entry.count}`)
                        .join(' · '),
                    ],
                  }))}
              />
            </section>

            <section className="care-section">
              <h2>{t('staffCare.demand.hourChart')}</h2>
              <p className="care-summary" data-testid="demand-summary-hour">
                {t('staffCare.demand.byHour', {
                  from: highlights.busiestHour.hour,
                  to: highlights.busiestHour.hour + 1,
                  count: highlights.busiestHour.count,
                })}
              </p>
              <BarChart
                testId="demand-chart-hour"
                labels={stats.byHour.map((entry) => String(entry.hour))}
                series={[
                  {
                    label: t('staffCare.demand.count'),
                    values: stats.byHour.map((entry) => entry.count),
                  },
                ]}
                height={400}
              />
              <FigureTable
                testId="demand-table-hour"
                headings={[t('staffCare.demand.hour'), t('staffCare.demand.count')]}
                rows={stats.byHour
                  .filter((entry) => entry.count > 0)
                  .map((entry) => ({
                    key: entry.hour,
                    cells: [
                      t('staffCare.demand.hourRange', { from: entry.hour, to: entry.hour + 1 }),
                      entry.count,
                    ],
                  }))}
              />
            </section>

            <section className="care-section">
              <p className="care-summary" data-testid="demand-summary-median">
                {stats.medianMinutesToDone === null
                  ? t('staffCare.demand.medianNone')
                  : t('staffCare.demand.median', {
                      done: stats.doneCount,
                      time: medianText(stats.medianMinutesToDone),
                    })}
              </p>
            </section>
          </>
        ) : null}
      </div>
    </div>
  );
}
