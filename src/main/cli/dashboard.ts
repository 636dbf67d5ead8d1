import { parseArgs } from 'node:util';
import {
  DASHBOARD_FIGURE_IDS,
  DASHBOARD_FIGURES,
  NO_VALUE,
  unitText,
  type Dashboard,
  type FigureValue,
} from '../../shared/care/dashboard';
import { translate } from '../../shared/i18n/translate';

import { monthOption, screenCall, type CliCommand } from './command';

/** A figure as the screen words it ("—" when there is nothing to divide by). */
export function figureText(id: keyof typeof DASHBOARD_FIGURES, v: FigureValue): string {
  if (v.value === null) return NO_VALUE;
  const text = unitText(DASHBOARD_FIGURES[id].unit, String(v.value), (key, params) => translate('en', key, params));
  return v.denominator !== undefined && DASHBOARD_FIGURES[id].unit === 'percent'
    ? `${text} (${v.numerator}/${v.denominator})`
    : text;
}

function printDashboard(d: Dashboard): void {
  console.log(`${d.hospital_name} — the month at a glance — ${d.month}`);
  console.log(`${''.padEnd(52)} ${d.months.map((m) => m.slice(2)).join(' ')}`);
  for (const id of DASHBOARD_FIGURE_IDS) {
    const series = d.series[id];
    const now = figureText(id, series[series.length - 1]!);
    const trend = series.map((v) => (v.value === null ? NO_VALUE : String(v.value)).padStart(5)).join(' ');
    console.log(`${translate('en', `dash.fig.${id}`).slice(0, 40).padEnd(40)} ${now.padStart(11)} ${trend}`);
  }
}

export const dashboardCommand: CliCommand = {
  name: 'dashboard',
  summary: "The month at a glance: the month's figures and their 12-month trends (or --json).",
  usage: 'dashboard --month YYYY-MM [--json] [--data-dir DIR]',
  run: async (args, ctx) => {
    const { values } = parseArgs({
      args,
      strict: false,
      options: {
        month: { type: 'string' },
        json: { type: 'boolean' },
        'data-dir': { type: 'string' },
        demo: { type: 'boolean' },
      },
    });
    const month = monthOption(values.month);
    if (month === null) return 2;
    // The screen's own operation: the CLI prints the numbers the screen shows.
    const dashboard = await screenCall(ctx, 'getDashboard', { month });
    if (dashboard === null) return 2;
    if (values.json === true) console.log(JSON.stringify(dashboard, null, 1));
    else printDashboard(dashboard);
    return 0;
  },
};
