import type { FacilitySettings } from '../../shared/settings';
import { PAPERS, type PrintSettings, type SlipPageSettings } from '../../shared/slips/settings';
import { embeddedFontCss } from '../pdf/fonts';
import { cssString, html, trusted, type SafeHtml } from './html';
import type { Sheet } from './sheet';

/** What every slip shares: paper, hospital header, title, copy and duplicate marks, missing list, footer. */
export interface SlipFrame {
  sheet: Sheet;
  page: SlipPageSettings;
  facility: FacilitySettings;
  print: PrintSettings;
  resourcesDir: string;
  titleKey: string;
  /** Repeated on every page after the first, with "page x of y". */
  patientName: string;
  serialNo: string;
  /** Serial, IPD and slip numbers, print time: the line under the title. */
  meta: SafeHtml;
  copyLabel: string;
  /** Set on a reprint: when this slip was first printed. */
  duplicateOf: string | null;
  printedAt: string;
  body: SafeHtml;
}

/** The document's own policy: it carries everything it shows (fonts, logo) and runs nothing. */
const DOCUMENT_CSP = "default-src 'none'; style-src 'unsafe-inline'; font-src data:; img-src data:";

/** `@page` for the paper and margins chosen in settings, with running header and footer in the margin boxes. */
export function pageCss(
  frame: Pick<SlipFrame, 'page' | 'sheet' | 'patientName' | 'serialNo' | 'copyLabel' | 'duplicateOf'>,
): string {
  const { page, sheet } = frame;
  const [width, height] = PAPERS[page.paper];
  const pageOf =
    sheet.order === 'hi_en'
      ? `"पृष्ठ " counter(page) "/" counter(pages) " · Page " counter(page) " of " counter(pages)`
      : `"Page " counter(page) " of " counter(pages) " · पृष्ठ " counter(page) "/" counter(pages)`;
  const running = cssString(`${frame.patientName} · ${frame.serialNo}`);
  const copy = cssString(frame.duplicateOf ? `${frame.copyLabel} · ${sheet.t('slip.duplicate')}` : frame.copyLabel);
  const box = "font-family:'Prasav Sans';font-size:7.5pt;color:#333;";
  return `@page{size:${width}mm ${height}mm;margin:${page.margin_top_mm}mm ${page.margin_right_mm}mm ${page.margin_bottom_mm}mm ${page.margin_left_mm}mm;
@top-left{content:${running};${box}vertical-align:bottom;padding-bottom:1.5mm;}
@top-right{content:${copy};${box}vertical-align:bottom;padding-bottom:1.5mm;}
@bottom-left{content:${cssString(sheet.t('slip.computer_generated'))};${box}vertical-align:top;padding-top:1.5mm;}
@bottom-right{content:${pageOf};${box}vertical-align:top;padding-top:1.5mm;white-space:nowrap;}}
@page:first{@top-left{content:none}@top-right{content:none}}`;
}

const BASE_CSS = `
html{font-family:'Prasav Sans';font-size:9.5pt;line-height:1.32;color:#000;font-synthesis:none;-webkit-print-color-adjust:exact;print-color-adjust:exact}
body{margin:0}
.paper-A5{font-size:8.5pt}
.hosp{display:flex;gap:4mm;align-items:center;border-bottom:1.2pt solid #000;padding-bottom:1.5mm}
.hosp img{max-height:16mm;max-width:28mm}
.hosp-name{font-size:13pt;font-weight:700}
.hosp-lines{font-size:8.5pt}
.title-row{display:flex;align-items:center;justify-content:space-between;gap:3mm;margin:1.5mm 0 1mm}
h1{font-size:12.5pt;font-weight:700;margin:0}
.copy-label{border:0.75pt solid #000;padding:0.3mm 1.5mm;font-size:8pt;white-space:nowrap}
.meta{display:flex;flex-wrap:wrap;gap:0.5mm 5mm;font-size:8.5pt;border-bottom:0.5pt solid #777;padding-bottom:1mm}
.dup{border:1.5pt solid #000;margin:1.5mm 0;padding:0.8mm 2mm;font-weight:700;text-align:center;letter-spacing:0.02em}
.missing{border:0.9pt dashed #000;margin:1.5mm 0;padding:1mm 2mm;font-size:8.5pt}
section{margin-top:2mm}
h2{font-size:9.5pt;font-weight:700;background:#e6e6e6;padding:0.4mm 1.5mm;margin:0 0 0.8mm;break-after:avoid}
.grid{display:grid;grid-template-columns:1fr 1fr;gap:0.4mm 5mm}
.row{break-inside:avoid}
.row.wide{grid-column:1/-1}
.k{color:#222}
.v{font-weight:600;overflow-wrap:anywhere}
.blank{display:inline-block;min-width:32mm;border-bottom:0.75pt solid #000;height:0.9em;vertical-align:baseline}
.blank.long{min-width:70mm}
table{border-collapse:collapse;width:100%}
th,td{border:0.5pt solid #555;padding:0.4mm 1.2mm;text-align:left;vertical-align:top;overflow-wrap:anywhere}
th{font-weight:600;background:#f0f0f0}
thead{display:table-header-group}
tr{break-inside:avoid}
.text-block{white-space:pre-line;overflow-wrap:anywhere}
.advice p{margin:0 0 0.8mm}
.keep{break-inside:avoid}
.choice{display:inline-block;margin-right:3mm}
.box{display:inline-block;width:2.6mm;height:2.6mm;border:0.75pt solid #000;vertical-align:-0.3mm;margin-right:1mm}
.box.on{background:#000}
.signatures{display:grid;grid-template-columns:repeat(3,1fr);gap:6mm;margin-top:9mm;break-inside:avoid}
.sig{border-top:0.75pt solid #000;padding-top:0.8mm;font-size:8.5pt}
.tear{margin-top:5mm;break-inside:avoid}
.tear-cut{display:flex;align-items:center;gap:2mm;font-size:7.5pt;margin-bottom:1mm}
.tear-cut::before,.tear-cut::after{content:"";flex:1;border-top:1.2pt dashed #000}
.note{font-size:8pt;color:#222}
.form1 td.item-no{font-weight:700;width:7mm;text-align:center}
.form1 th{width:42%;font-weight:600}
`;

function header(frame: SlipFrame): SafeHtml {
  const { facility, print, sheet } = frame;
  if (!frame.page.print_header) return html``;
  const lines = [
    facility.address,
    facility.phone && `${sheet.t('field.phone')}: ${facility.phone}`,
    facility.registration_no && `${sheet.t('field.registration_no')}: ${facility.registration_no}`,
  ].filter(Boolean);
  return html`<div class="hosp">
    ${print.logo ? html`<img src="${print.logo}" alt="" />` : ''}
    <div>
      <div class="hosp-name">${facility.hospital_name}</div>
      <div class="hosp-lines">${lines.join(' · ')}</div>
    </div>
  </div>`;
}

/** The whole printable document for one copy of one slip. */
export function slipDocument(frame: SlipFrame): string {
  const { sheet } = frame;
  // The body is written first so that every blank it prints is in the "not yet entered" list at the top.
  const missing = sheet.missing;
  const doc = html`<!doctype html>
    <html lang="hi">
      <head>
        <meta charset="utf-8" />
        <meta http-equiv="Content-Security-Policy" content="${DOCUMENT_CSP}" />
        <title>${sheet.t(frame.titleKey)} · ${frame.patientName} · ${frame.serialNo}</title>
        <style>
          ${trusted(embeddedFontCss(frame.resourcesDir))}${trusted(BASE_CSS)}${trusted(pageCss(frame))}
        </style>
      </head>
      <body class="paper-${frame.page.paper}">
        ${header(frame)}
        <div class="title-row">
          <h1>${sheet.t(frame.titleKey)}</h1>
          <span class="copy-label">${frame.copyLabel}</span>
        </div>
        <div class="meta">${frame.meta}<span>${sheet.t('slip.printed_at')}: ${sheet.dateTime(frame.printedAt)}</span></div>
        ${
          frame.duplicateOf
            ? html`<div class="dup">
                ${sheet.t('slip.duplicate')} —
                ${sheet.t('slip.duplicate_detail', {
                  printed: sheet.dateTime(frame.printedAt)!,
                  first: sheet.dateTime(frame.duplicateOf)!,
                })}
              </div>`
            : ''
        }
        ${
          missing.length > 0
            ? html`<div class="missing">
                <b>${sheet.t('slip.not_yet_entered')}:</b> ${missing.map((k) => sheet.t(k)).join('; ')}
              </div>`
            : ''
        }
        ${frame.body}
      </body>
    </html>`;
  return doc.value;
}
