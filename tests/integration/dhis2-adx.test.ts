/**
 * ADX documents we generate, validated by xmllint against the structure the IHE ADX profile requires of every data
 * document (tests/fixtures/dhis2/adx/adx-document.xsd, written for these tests; provenance in tests/fixtures/README.md).
 */
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { adxDocument } from '../../src/main/dhis2/adx';
import { call, connectedSetup, sampleReport } from '../helpers/dhis2';
import { tempDir } from '../helpers/context';

const SAMPLES = join(__dirname, '..', 'fixtures', 'dhis2');
const SCHEMA = join(SAMPLES, 'adx', 'adx-document.xsd');

function xmllint(xml: string): { ok: boolean; output: string } {
  const file = join(tempDir(), 'doc.xml');
  writeFileSync(file, xml);
  try {
    execFileSync('xmllint', ['--noout', '--schema', SCHEMA, file], { stdio: 'pipe' });
    return { ok: true, output: '' };
  } catch (error) {
    return { ok: false, output: String((error as { stderr?: Buffer }).stderr ?? error) };
  }
}

describe('ADX export', () => {
  it('the checker itself works: the synthesized sample validates, dhis2-core importA (no `exported`) does not', () => {
    expect(xmllint(readFileSync(join(SAMPLES, 'synthesized', 'request-adx-monthly.xml'), 'utf8')).ok).toBe(true);
    const importA = xmllint(readFileSync(join(SAMPLES, 'dhis2-core', 'adx', 'importA.adx.xml'), 'utf8'));
    expect(importA.ok).toBe(false);
    expect(importA.output).toContain('exported');
  });

  it('exports the month as ADX that validates against the ADX document schema, with period 2026-10-01/P1M and `exported`', async () => {
    const { ctx } = await connectedSetup('2.42');
    const { xml, file_name } = await call(ctx, 'dhis2ExportAdx', { report: sampleReport() });
    expect(file_name).toBe('HMIS_BR-KGJ-PVT-0042_2026-10.adx.xml');
    expect(xml).toContain('<adx xmlns="urn:ihe:qrph:adx:2015" exported="2026-11-03T04:45:00Z">');
    expect(xml).toContain('<group dataSet="Lr0MonthDS1" orgUnit="InFac000001" period="2026-10-01/P1M">');
    expect(xml).toContain('<dataValue dataElement="LrLiveBrth1" categoryOptionCombo="CocFemale01" value="21"/>');
    expect(xml).not.toContain('completeDate');
    expect(xmllint(xml)).toEqual({ ok: true, output: '' });
  });

  it('stays valid whatever the identifiers contain (property)', () => {
    const id = fc.string({ minLength: 1, maxLength: 30 }).filter((s) => s.trim() !== '');
    fc.assert(
      fc.property(fc.array(fc.tuple(id, id, fc.nat(1_000_000)), { minLength: 1, maxLength: 5 }), id, (rows, orgUnit) => {
        const xml = adxDocument(
          {
            dataSet: { id: 'Lr0MonthDS1', code: '' },
            orgUnit: { id: orgUnit, code: '' },
            attributeOptionCombo: '',
            month: '2026-10',
          },
          rows.map(([de, coc, v], i) => ({
            item_no: String(i),
            data_element: { id: de, code: '' },
            category_option_combo: { id: coc, code: '' },
            value: String(v),
          })),
          'UID',
          new Date('2026-11-03T10:15:00.123Z'),
        );
        expect(xmllint(xml).output).toBe('');
      }),
      { numRuns: 25 },
    );
  });
});
