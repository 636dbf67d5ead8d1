import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { embeddedFontCss } from '../../src/main/pdf/fonts';
import { checkoutResourcePaths } from '../../src/main/paths';
import { sharedPdf, tempDir } from '../helpers/context';

describe('PDF rendering in Chromium', () => {
  it('prints Devanagari with the embedded font at the page size the document asks for', async () => {
    const html = `<!doctype html><html><head><meta charset="utf-8"><style>${embeddedFontCss(checkoutResourcePaths().resourcesDir)}
      @page { size: 148mm 210mm; margin: 10mm } body { font-family: 'Prasav Sans'; }</style></head>
      <body><h1>प्रसव की तिथि / Date of delivery</h1><p>क्षत्रिय ज्ञान श्री ₹ ०१२</p><img src="https://example.com/x.png"></body></html>`;
    const pdf = await sharedPdf().htmlToPdf(html);
    const file = join(tempDir(), 'test.pdf');
    writeFileSync(file, pdf);
    const text = execFileSync('pdftotext', ['-layout', file, '-']).toString();
    expect(text).toContain('प्रसव की तिथि / Date of delivery');
    const info = execFileSync('pdfinfo', [file]).toString();
    expect(info).toMatch(/Page size:\s+420 x 59[45](\.\d+)? pts \(A5\)/);
    // Chromium embeds the bundled variable font as Type 3 outlines; a system font would appear by name.
    const fonts = execFileSync('pdffonts', [file]).toString();
    expect(fonts).toContain('Type 3');
    expect(fonts).not.toMatch(/Devanagari|Lohit|Mangal/);
  });

  it('would fall back to a system font without the embedded one (the check above can fail)', async () => {
    const pdf = await sharedPdf().htmlToPdf(
      '<!doctype html><meta charset="utf-8"><body style="font-family:sans-serif">प्रसव की तिथि</body>',
    );
    const file = join(tempDir(), 'plain.pdf');
    writeFileSync(file, pdf);
    expect(execFileSync('pdffonts', [file]).toString()).toMatch(/Devanagari/);
  });
});
