import type { HmisReport } from '../../../shared/hmis/report';
import { translate } from '../../../shared/i18n/translate';
import { formatDMY, localTime } from '../../../shared/time';
import { embeddedFontCss } from '../../pdf/fonts';
import type { PdfRenderer } from '../../pdf/renderer';
import type { ExportStatus } from './layout';

/*
 * The printable report for signature: A4, hospital header, month and format, every item with its value, the checks
 * that did not pass with their notes, and signature lines. Bilingual labels (Hindi / English); item wording in
 * English as the portal prints it, our Hindi beneath. Rendered by the one HTML → PDF interface (AppContext.pdf).
 */

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
const esc = (text: string | number | null | undefined): string => String(text ?? '').replace(/[&<>"']/g, (c) => ESCAPES[c]!);
const both = (key: string, params?: Record<string, string | number>) =>
  `${esc(translate('hi', key, params))} / ${esc(translate('en', key, params))}`;

export function monthLabel(month: string, lang: 'hi' | 'en'): string {
  return `${translate(lang, `hmis.month_name.${month.slice(5, 7)}`)} ${month.slice(0, 4)}`;
}

const STYLE = `
@page { size: A4; margin: 12mm 11mm 13mm 11mm; }
* { box-sizing: border-box; }
body { font-family: 'Prasav Sans', sans-serif; font-size: 8.6pt; color: #15191c; margin: 0; line-height: 1.32; }
.head { display: flex; justify-content: space-between; gap: 8mm; border-bottom: 1.4pt solid #0d5c63; padding-bottom: 2.5mm; }
.hospital { font-size: 14pt; font-weight: 700; color: #0d5c63; }
.sub { color: #40484d; }
.title { text-align: right; }
.title .t { font-size: 11pt; font-weight: 700; }
.title .m { font-size: 12.5pt; font-weight: 700; margin-top: 1mm; }
.mark { display: inline-block; margin-top: 1.5mm; padding: 0.4mm 2.5mm; border: 1pt solid; border-radius: 2pt; font-weight: 700; font-size: 8pt; }
.mark.final, .mark.submitted { color: #1e6b35; }
.mark.draft { color: #b3261e; }
.facts { display: grid; grid-template-columns: repeat(4, 1fr); gap: 1.6mm 5mm; margin: 2.5mm 0 2mm; }
.facts .lbl { font-size: 7.2pt; color: #5b6770; }
.facts .val { font-weight: 700; }
table { width: 100%; border-collapse: collapse; }
th, td { border: 0.5pt solid #a9b4ba; padding: 1.1mm 1.6mm; vertical-align: top; text-align: left; }
thead { display: table-header-group; }
th { background: #e3f0f1; font-weight: 700; font-size: 7.6pt; }
tr { break-inside: avoid; }
td.no { white-space: nowrap; font-weight: 700; width: 15mm; }
td.num, th.num { text-align: right; width: 20mm; font-variant-numeric: tabular-nums; font-size: 9.5pt; font-weight: 700; }
th.num { font-size: 7.6pt; }
td.src { width: 17mm; font-size: 7.4pt; color: #40484d; }
.hi { color: #40484d; font-size: 8pt; }
tr.section td { background: #f3f5f6; font-weight: 700; color: #0d5c63; }
tr.child td.item { padding-left: 5mm; }
.checks { margin-top: 4mm; }
.checks h2 { font-size: 10pt; margin: 0 0 1.5mm; }
.checks li { margin-bottom: 1mm; }
.sev-error { color: #b3261e; font-weight: 700; }
.sev-warning { color: #8a5a00; font-weight: 700; }
.signatures { display: grid; grid-template-columns: repeat(3, 1fr); gap: 8mm; margin-top: 9mm; break-inside: avoid; }
.sig .role { font-weight: 700; min-height: 8mm; }
.sig .line { border-bottom: 0.7pt solid #15191c; height: 11mm; }
.sig .lbl { font-size: 7.6pt; color: #40484d; margin-top: 0.8mm; }
.foot { margin-top: 5mm; font-size: 7.4pt; color: #5b6770; display: flex; justify-content: space-between; gap: 4mm; }
.note { font-size: 7.4pt; color: #5b6770; margin-top: 1.5mm; }
.watermark { position: fixed; top: 40%; left: 0; right: 0; text-align: center; font-size: 80pt; font-weight: 700;
  color: rgba(179, 38, 30, 0.10); transform: rotate(-35deg); z-index: -1; white-space: nowrap; }
`;

export function reportHtml(report: HmisReport, status: ExportStatus, resourcesDir: string): string {
  const h = report.header;
  const single = !report.format.value_columns.includes('outreach');
  const valueHead = single ? both('hmis.col.value_single') : both('hmis.col.value');
  const rows: string[] = [];
  let section = '';
  for (const item of report.items) {
    if (item.section !== section) {
      section = item.section;
      rows.push(`<tr class="section"><td colspan="${single ? 4 : 5}">${esc(section)}</td></tr>`);
    }
    const source = translate('en', `hmis.source.${item.source}`);
    rows.push(
      `<tr class="${item.parent ? 'child' : ''}"><td class="no">${esc(item.item_no)}</td>` +
        `<td class="item">${esc(item.wording_en)}${item.wording_hi ? `<div class="hi">${esc(item.wording_hi)}</div>` : ''}</td>` +
        `<td class="num">${esc(item.value)}</td>${single ? '' : `<td class="num">${esc(item.outreach)}</td>`}` +
        `<td class="src">${esc(source)}${item.source === 'override' ? `<div>${esc(item.override_reason)}</div>` : ''}</td></tr>`,
    );
  }
  const failed = report.checks.filter((c) => c.passed === false);
  const checks = failed.length
    ? `<section class="checks"><h2>${both('hmis.print.checks_title')}</h2><ul>${failed
        .map(
          (c) =>
            `<li><span class="sev-${c.severity}">${esc(c.rule_id)}${c.target ? ` (${esc(c.target)})` : ''} · ${both(`hmis.check.${c.severity}`)}</span> — ` +
            `${esc(c.message.hi)} / ${esc(c.message.en)}` +
            (c.acknowledgement ? `<br><i>${both('hmis.check.acknowledged', { note: c.acknowledgement })}</i>` : '') +
            '</li>',
        )
        .join('')}</ul></section>`
    : '';
  const sig = (key: string) =>
    `<div class="sig"><div class="role">${both(key)}</div><div class="line"></div><div class="lbl">${both('hmis.print.signature')}</div>` +
    `<div class="line"></div><div class="lbl">${both('hmis.print.name')}</div><div class="line"></div><div class="lbl">${both('hmis.print.date')}</div></div>`;
  const fact = (key: string, value: string) =>
    `<div><div class="lbl">${both(key)}</div><div class="val">${esc(value)}</div></div>`;
  const markKey = status === 'final' ? 'hmis.final_mark' : status === 'draft' ? 'hmis.draft_mark' : 'hmis.submitted_mark';
  return `<!doctype html><html lang="hi"><head><meta charset="utf-8"><title>${esc(report.month)}</title><style>${embeddedFontCss(resourcesDir)}${STYLE}</style></head><body>
${status === 'draft' ? `<div class="watermark">${both('hmis.draft_watermark')}</div>` : ''}
<div class="head"><div><div class="hospital">${esc(h.hospital_name)}</div><div class="sub">${esc(h.address)}</div>
<div class="sub">${h.registration_no ? `Reg. ${esc(h.registration_no)}` : ''}</div></div>
<div class="title"><div class="t">${esc(translate('hi', 'hmis.title_print'))}<br>${esc(translate('en', 'hmis.title_print'))}</div><div class="m">${esc(monthLabel(report.month, 'hi'))} / ${esc(monthLabel(report.month, 'en'))}</div>
<div class="mark ${status}">${both(markKey)}</div></div></div>
<div class="facts">${fact('hmis.header.facility_code', h.hmis_facility_code || '—')}${fact('hmis.header.state', h.state)}${fact('hmis.header.district', h.district)}${fact('hmis.header.block', h.block || '—')}
${fact('hmis.header.facility_type', translate('en', `facility_type.${h.facility_type}`))}${fact('hmis.header.ownership', translate('en', `ownership.${h.ownership}`))}${fact('hmis.header.month', report.month)}${fact('hmis.header.format_version', report.format.id)}</div>
<div class="note">${esc(report.format.title.hi)} / ${esc(report.format.title.en)}</div>
<table><thead><tr><th>${both('hmis.col.item_no')}</th><th>${both('hmis.col.item')}</th><th class="num">${valueHead}</th>${single ? '' : `<th class="num">${both('hmis.col.outreach')}</th>`}<th>${both('hmis.col.source')}</th></tr></thead>
<tbody>${rows.join('\n')}</tbody></table>
${checks}
<div class="signatures">${sig('hmis.print.prepared_by')}${sig('hmis.print.checked_by')}${sig('hmis.print.approved_by')}</div>
<div class="foot"><span>${both('hmis.print.generated', { at: `${formatDMY(report.generated_at)} ${localTime(report.generated_at)}` })}</span><span>${both('hmis.wording_ours')}</span></div>
</body></html>`;
}

export function reportPdf(pdf: PdfRenderer, report: HmisReport, status: ExportStatus, resourcesDir: string): Promise<Buffer> {
  return pdf.htmlToPdf(reportHtml(report, status, resourcesDir));
}
