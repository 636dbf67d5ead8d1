import { BarController, BarElement, CategoryScale, Chart, LinearScale } from 'chart.js';
import { useEffect, useRef } from 'react';
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

/**
 * One figure's 12 months as bars. Chart.js draws on a canvas synchronously when the data arrives (animation off),
 * prints with the page, and needs nothing from the network. Months with no value ("—") have no bar.
 */
export function TrendChart({ label, months, values, selected, onPick, target }: Props) {
  const canvas = useRef<HTMLCanvasElement>(null);
  const pick = useRef(onPick);
  useEffect(() => {
    pick.current = onPick;
  }, [onPick]);
  useEffect(() => {
    const chart = new Chart(canvas.current!, {
      type: 'bar',
      data: {
        labels: months,
        datasets: [
          {
            data: values.map((v) => v.value),
            backgroundColor: values.map((_, i) => (i === selected ? BAR_SELECTED : BAR)),
          },
        ],
      },
      options: {
        animation: false,
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
          y: {
            beginAtZero: true,
            ticks: { font: { size: 10 }, maxTicksLimit: 4, precision: 0 },
            suggestedMax: target,
          },
        },
      },
    });
    return () => chart.destroy();
  }, [months, values, selected, target]);
  return (
    <div className="trend-chart">
      <canvas ref={canvas} role="img" aria-label={label} />
    </div>
  );
}
