import { memo, useEffect, useLayoutEffect, useRef } from 'react';
import uPlot from 'uplot';
import 'uplot/dist/uPlot.min.css';
import type { FigureValue } from '../../../../shared/care/dashboard';

interface Props {
  label: string;
  /** Month labels, oldest first. */
  months: string[];
  values: FigureValue[];
  /** The bar of the month on screen is drawn darker. */
  selected: number;
  /** A bar was clicked: show that month. */
  onPick: (index: number) => void;
  /** The y axis reaches at least this far (the referral delay's target). */
  target?: number;
}

const BAR = '#8aa9c9';
const BAR_SELECTED = '#1f4e79';
// The app's bundled font (Devanagari and Latin), so Hindi labels on the canvas read like the rest of the screen.
const FONT = "10px 'Prasav Sans', system-ui, sans-serif";
// Whole-number ticks only (counts and rounded rates), as few as fit.
const Y_STEPS = [1, 2, 5, 10, 20, 25, 50, 100, 200, 250, 500, 1000, 2000, 2500, 5000, 10000];
const X_STEPS = [1, 2, 3, 4, 6, 12];

/** A round top for the y axis at or above `max`, about three ticks up. */
function yTop(max: number): number {
  if (!(max > 0)) return 1;
  const step = Y_STEPS.find((s) => s * 3 >= max) ?? Y_STEPS[Y_STEPS.length - 1]!;
  return Math.ceil(max / step) * step;
}

interface Shown {
  months: string[];
  target: number | undefined;
}

/** x: the month indices; two bar series that never overlap: the other months, and the month on screen (darker). */
function columns(values: FigureValue[], selected: number): uPlot.AlignedData {
  const x = values.map((_, i) => i);
  const other = values.map((v, i) => (i === selected ? null : v.value));
  const current = values.map((v, i) => (i === selected ? v.value : null));
  return [x, other, current];
}

function options(width: number, height: number, shown: Shown): uPlot.Options {
  const bars = uPlot.paths.bars!({ size: [0.8, Infinity], align: 0 });
  const bar = (fill: string): uPlot.Series => ({ fill, stroke: fill, width: 0, paths: bars, points: { show: false } });
  return {
    width,
    height,
    padding: [6, 6, 0, 0],
    legend: { show: false },
    cursor: { show: false },
    scales: {
      x: { time: false, range: () => [-0.5, Math.max(shown.months.length, 1) - 0.5] },
      y: { range: (_u, _min, max) => [0, yTop(Math.max(max ?? 0, shown.target ?? 0))] },
    },
    axes: [
      {
        font: FONT,
        size: 20,
        gap: 2,
        grid: { show: false },
        ticks: { size: 3 },
        incrs: X_STEPS,
        space: 60,
        values: (_u, splits) => splits.map((i) => shown.months[i] ?? ''),
      },
      {
        font: FONT,
        gap: 3,
        ticks: { size: 3 },
        grid: { stroke: '#e5e5e5', width: 1 },
        incrs: Y_STEPS,
        space: 24,
        size: (_u, values) => (values ? Math.max(...values.map((v) => v.length)) * 6 + 10 : 0),
      },
    ],
    series: [{}, bar(BAR), bar(BAR_SELECTED)],
  };
}

/**
 * One figure's 12 months as bars, drawn by uPlot on one canvas: it needs nothing from the network, prints with the
 * page, and gives a chart its data and draws it in about a millisecond, so the twelve fit in a frame
 * (docs/benchmarks.md "Charts within one frame"). Months with no value ("—") have no bar. The chart is built once,
 * empty, when the page mounts (while the dashboard is being fetched), and given each month's data in place in a layout
 * effect, drawn at once (`batch`, not uPlot's microtask) before the browser paints the page it belongs to. Memoised:
 * drawn again only when its data changes.
 */
export const TrendChart = memo(function TrendChart({ label, months, values, selected, onPick, target }: Props) {
  const box = useRef<HTMLDivElement>(null);
  const chart = useRef<uPlot | null>(null);
  // What the axis and scale callbacks read: the months and target of the data last given.
  const shown = useRef<Shown>({ months, target });
  const pick = useRef(onPick);
  useEffect(() => {
    pick.current = onPick;
  }, [onPick]);
  useLayoutEffect(() => {
    const relabel = shown.current.months !== months;
    shown.current.months = months;
    shown.current.target = target;
    const data = columns(values, selected);
    if (chart.current) {
      chart.current.batch((u: uPlot) => {
        u.setData(data);
        // uPlot recomputes axis labels only when a scale's range changes; new months on the same range need it too.
        if (relabel) u.redraw(false, true);
      });
      return;
    }
    const el = box.current!;
    const u = new uPlot(options(el.clientWidth, el.clientHeight, shown.current), data, el);
    u.over.addEventListener('click', (event) => {
      const index = Math.round(u.posToVal(event.offsetX, 'x'));
      if (u.data[1]![index] != null || u.data[2]![index] != null) pick.current(index);
    });
    chart.current = u;
  }, [months, values, selected, target]);
  useLayoutEffect(() => {
    const el = box.current!;
    // The grid's columns change width with the window; the chart follows (height is fixed by the stylesheet).
    const resize = new ResizeObserver(() => {
      const u = chart.current;
      if (u && (u.width !== el.clientWidth || u.height !== el.clientHeight))
        u.setSize({ width: el.clientWidth, height: el.clientHeight });
    });
    resize.observe(el);
    return () => {
      resize.disconnect();
      chart.current?.destroy();
      chart.current = null;
    };
  }, []);
  return <div className="trend-chart" ref={box} role="img" aria-label={label} />;
});
