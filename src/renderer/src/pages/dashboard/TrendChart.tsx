import { BarController, BarElement, CategoryScale, Chart, LinearScale } from 'chart.js';
import { memo, useEffect, useLayoutEffect, useRef } from 'react';
import type { FigureValue } from '../../../../shared/care/dashboard';

// Only what the trends use, so the bundle carries no unused chart types.
Chart.register(BarController, BarElement, CategoryScale, LinearScale);
// The app's bundled font (Devanagari and Latin), so Hindi labels on the canvas read like the rest of the screen.
Chart.defaults.font.family = "'Prasav Sans', system-ui, sans-serif";

interface Props {
  label: string;
  /** Month labels, oldest first. */
  months: string[];
  values: FigureValue[];
  /** The bar of the month on screen is drawn darker. */
  selected: number;
  /** A bar was clicked: show that month. */
  onPick: (index: number) => void;
  /** A line at the target (referral delay). */
  target?: number;
}

const BAR = '#8aa9c9';
const BAR_SELECTED = '#1f4e79';

const colours = (count: number, selected: number) =>
  Array.from({ length: count }, (_, i) => (i === selected ? BAR_SELECTED : BAR));

/**
 * One figure's 12 months as bars. Chart.js draws on a canvas synchronously (animation off), prints with the page, and
 * needs nothing from the network. Months with no value ("—") have no bar. The chart is built once, empty, when the
 * page mounts (while the dashboard is being fetched), and given each month's data in place (`update('none')`):
 * building a chart costs several times an update. Both happen in a layout effect, before the browser paints the page
 * they belong to. Memoised: drawn again only when its data changes.
 */
export const TrendChart = memo(function TrendChart({ label, months, values, selected, onPick, target }: Props) {
  const canvas = useRef<HTMLCanvasElement>(null);
  const chart = useRef<Chart<'bar', (number | null)[], string> | null>(null);
  const pick = useRef(onPick);
  useEffect(() => {
    pick.current = onPick;
  }, [onPick]);
  useLayoutEffect(() => {
    const data = values.map((v) => v.value);
    const backgroundColor = colours(values.length, selected);
    const shown = chart.current;
    if (shown) {
      shown.data.labels = months;
      shown.data.datasets[0]!.data = data;
      shown.data.datasets[0]!.backgroundColor = backgroundColor;
      shown.options.scales!.y!.suggestedMax = target;
      shown.update('none');
      return;
    }
    chart.current = new Chart(canvas.current!, {
      type: 'bar',
      data: { labels: months, datasets: [{ data, backgroundColor }] },
      options: {
        animation: false,
        // The month indices are unique and in order: Chart.js need not sort or check them.
        normalized: true,
        responsive: true,
        maintainAspectRatio: false,
        events: ['click'],
        onClick: (_event, elements) => {
          const index = elements[0]?.index;
          if (index !== undefined) pick.current(index);
        },
        plugins: { legend: { display: false }, tooltip: { enabled: false } },
        scales: {
          x: { grid: { display: false }, ticks: { font: { size: 10 }, maxRotation: 0, autoSkip: true } },
          y: { beginAtZero: true, ticks: { font: { size: 10 }, maxTicksLimit: 4, precision: 0 }, suggestedMax: target },
        },
      },
    });
  }, [months, values, selected, target]);
  useLayoutEffect(
    () => () => {
      chart.current?.destroy();
      chart.current = null;
    },
    [],
  );
  return (
    <div className="trend-chart">
      <canvas ref={canvas} role="img" aria-label={label} />
    </div>
  );
});
