// The demand view's charts, drawn by chart.js on canvases. Only this module and DemandScreen
// import chart.js, and DemandScreen is loaded with a dynamic import, so the chart code is a chunk
// of its own that a resident's visit never fetches. Large type and the kiosk's own colours
// (each at least 7:1 on white), no animation: staff read the figure, not the motion.
import {
  BarController,
  BarElement,
  CategoryScale,
  Chart,
  type ChartConfiguration,
  Legend,
  LinearScale,
} from 'chart.js';

Chart.register(BarController, BarElement, CategoryScale, LinearScale, Legend);

/** Navy, dark amber, dark red, dark green, purple: all 7:1 or more on white. */
export const seriesColours = ['#0b3a75', '#7a4b00', '#a30000', '#14532d', '#4c1d95'] as const;

export interface BarSeries {
  label: string;
  values: number[];
}

export function drawBars(
  canvas: HTMLCanvasElement,
  labels: string[],
  series: BarSeries[],
  options: { stacked?: boolean; horizontal?: boolean } = {},
): Chart<'bar'> {
  const font = { size: 24 };
  const config: ChartConfiguration<'bar'> = {
    type: 'bar',
    data: {
      labels,
      datasets: series.map((entry, index) => ({
        label: entry.label,
        data: entry.values,
        backgroundColor: seriesColours[index % seriesColours.length],
      })),
    },
    options: {
      responsive: false,
      animation: false,
      indexAxis: options.horizontal ? 'y' : 'x',
      color: '#111827',
      plugins: {
        legend: { display: series.length > 1, labels: { font, color: '#111827' } },
      },
      scales: {
        x: {
          stacked: options.stacked ?? false,
          ticks: { font, color: '#111827', precision: 0 },
          grid: { color: '#6b7280' },
        },
        y: {
          stacked: options.stacked ?? false,
          ticks: { font, color: '#111827', precision: 0 },
          grid: { color: '#6b7280' },
        },
      },
    },
  };
  return new Chart(canvas, config);
}
