import type { BabyRecord, EpisodeRecord } from '../../shared/register/schema';
import { html, type HtmlValue, type SafeHtml } from './html';
import type { Sheet } from './sheet';

/** Pieces more than one slip prints the same way. */

export const BABY_LETTERS = ['A', 'B', 'C', 'D'] as const;

export function babyName(sheet: Sheet, order: number): string {
  return sheet.t('slip.baby_letter', { letter: BABY_LETTERS[order - 1] ?? String(order) });
}

export function section(sheet: Sheet, titleKey: string, content: HtmlValue, className = ''): SafeHtml {
  return html`<section class="${className}">
    <h2>${sheet.t(titleKey)}</h2>
    ${content}
  </section>`;
}

export function grid(rows: HtmlValue): SafeHtml {
  return html`<div class="grid">${rows}</div>`;
}

/** "W/o Ramesh Yadav": the relation code's label and the name as entered. */
export function relation(sheet: Sheet, r: EpisodeRecord): string | null {
  if (!r.relative_name) return null;
  return `${r.relation_type ? sheet.code('relation_type', r.relation_type) : ''} ${r.relative_name}`.trim();
}

/** The address as entered, part by part; the village/ward is the part a slip cannot do without. */
export function address(r: EpisodeRecord): string | null {
  if (!r.village_ward) return null;
  return [r.address_line, r.village_ward, r.block, r.district, r.state, r.pin].filter(Boolean).join(', ');
}

export function gpla(r: EpisodeRecord): string | null {
  if (r.gravida == null) return null;
  const part = (letter: string, n: number | null) => `${letter}${n ?? '_'}`;
  return [part('G', r.gravida), part('P', r.para), part('L', r.living_children), part('A', r.abortions)].join(' ');
}

export function bp(sys: number | null, dia: number | null): string | null {
  return sys == null || dia == null ? null : `${sys}/${dia} mmHg`;
}

/** The identity block shared by the discharge and referral slips (docs/domain/slips.md §1 "Identity", §2.1 "Patient"). */
export function identityRows(sheet: Sheet, r: EpisodeRecord): SafeHtml {
  return html`
    ${sheet.row('field.mother_name', r.mother_name)} ${sheet.row('field.age_years', r.age_years)}
    ${sheet.row('field.relative_name', relation(sheet, r), { label: sheet.t('field.relation_type') })}
    ${sheet.row('field.mobile', r.mobile)}
    ${sheet.row('field.village_ward', address(r), { wide: true, label: sheet.t('field.address') })}
    ${sheet.row('field.rch_id', r.rch_id)} ${sheet.row('field.mcp_card_no', r.mcp_card_no, { optional: true })}
    ${sheet.row('field.asha_name', r.asha_name ? [r.asha_name, r.asha_mobile].filter(Boolean).join(', ') : null, { optional: true })}
  `;
}

export function signature(sheet: Sheet, labelKey: string, lines: (string | null | undefined)[] = []): SafeHtml {
  return html`<div class="sig"><b>${sheet.t(labelKey)}</b>${lines.filter(Boolean).map((l) => html`<br />${l}`)}</div>`;
}

export function isLive(b: BabyRecord): boolean {
  return b.outcome === 'live';
}

/** A tick box with its label, kept together on one line: ticked when the record says so, else to tick by hand. */
export function choice(label: string, on = false): SafeHtml {
  return html`<span class="choice"><span class="${on ? 'box on' : 'box'}"></span>${label}</span>`;
}
