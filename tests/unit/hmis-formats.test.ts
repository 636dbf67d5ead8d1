import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadFormats, parseFormatFile } from '../../src/main/hmis/formats';
import { checkoutResourcePaths, projectRoot } from '../../src/main/paths';
import { AppError } from '../../src/shared/errors';
import { tempDir } from '../helpers/context';

const shippedDir = join(checkoutResourcePaths().resourcesDir, 'hmis-formats');
const formats = loadFormats([shippedDir]);
const DEVANAGARI = /[\u0900-\u097F]/;

function refused(run: () => unknown): AppError {
  try {
    run();
  } catch (error) {
    if (error instanceof AppError) return error;
    throw error;
  }
  throw new Error('expected a refusal');
}

describe('HMIS format files', () => {
  it('ships the current sub-versions A and B and the 2017-18 PHC and CHC/SDH/DH numberings, all valid', () => {
    expect([...formats.keys()].sort()).toEqual(['hmis-2017-chc-sdh-dh', 'hmis-2017-phc', 'hmis-2022-sb1', 'hmis-2022-sb3']);
    for (const format of formats.values()) {
      expect(format.items.length, format.id).toBeGreaterThan(20);
      expect(
        format.rules.some((r) => r.id === 'V02'),
        format.id,
      ).toBe(true);
      // Hindi wording everywhere, written in Devanagari, and marked as ours.
      expect(format.hindi_wording).toBe('prasav');
      for (const item of format.items) expect(item.wording_hi, `${format.id} ${item.item_no}`).toMatch(DEVANAGARI);
      for (const rule of format.rules) expect(rule.message.hi, `${format.id} ${rule.id}`).toMatch(DEVANAGARI);
    }
  });

  it('keeps the wording of sub-version B verbatim from the source list, typos included, without trailing dots', () => {
    // The delivery items as the public list gives them (provenance in tests/fixtures/README.md).
    const reference = JSON.parse(
      readFileSync(join(projectRoot(), 'tests', 'fixtures', 'hmis', 'hmis-2022-sb3-delivery-items.json'), 'utf8'),
    ) as { item_no: string; section: string; wording_en: string }[];
    expect(reference).toHaveLength(94);
    const b = formats.get('hmis-2022-sb3')!;
    const byNo = new Map(b.items.map((i) => [i.item_no, i]));
    for (const { item_no, section, wording_en } of reference) {
      const item = byNo.get(item_no);
      expect(item, item_no).toBeDefined();
      expect(item!.wording_en).toBe(wording_en);
      expect(item!.section).toBe(section);
    }
    expect(byNo.get('4.1.3.b')!.wording_en).toContain('Mascerated');
    expect(b.items.every((i) => !i.item_no.endsWith('.'))).toBe(true);
  });

  it('splits still births in sub-version B only, and numbers institutional deliveries by facility type in 2017-18', () => {
    const has = (id: string, no: string) => formats.get(id)!.items.some((i) => i.item_no === no);
    expect(['4.1.3.a', '4.1.3.b', '4.1.3.c'].map((no) => has('hmis-2022-sb3', no))).toEqual([true, true, true]);
    expect(has('hmis-2022-sb3', '4.1.3')).toBe(false);
    expect(has('hmis-2022-sb1', '4.1.3')).toBe(true);
    expect(has('hmis-2022-sb1', '4.1.3.a')).toBe(false);
    const key = (id: string, no: string) => formats.get(id)!.items.find((i) => i.item_no === no)?.compute;
    expect(key('hmis-2017-chc-sdh-dh', '2.1')).toBe('deliveries.institutional');
    expect(key('hmis-2017-chc-sdh-dh', '2.1.1')).toBe('deliveries.discharged_within_48h');
    expect(key('hmis-2017-phc', '2.2')).toBe('deliveries.institutional');
    expect(key('hmis-2017-phc', '2.2.1')).toBe('deliveries.discharged_within_48h');
    expect(key('hmis-2022-sb3', '2.2.1')).toBe('deliveries.vaginal.stay_48h');
    expect(key('hmis-2017-phc', '9.1.9')).toBe('immunisation.opv0');
    expect(key('hmis-2022-sb3', '9.1.6')).toBe('immunisation.opv0');
  });

  it('picks up a new revision by adding a file, and refuses a bad one naming the file and the field', () => {
    const dir = tempDir();
    copyFileSync(join(shippedDir, 'hmis-2022-sb3.json'), join(dir, 'hmis-2022-sb3.json'));
    const next = JSON.parse(readFileSync(join(shippedDir, 'hmis-2022-sb3.json'), 'utf8'));
    next.id = 'hmis-2027-test';
    next.items.push({ ...next.items[0], item_no: '99.1', order: 99999, compute: 'deliveries.institutional' });
    writeFileSync(join(dir, 'hmis-2027-test.json'), JSON.stringify(next));
    const loaded = loadFormats([dir]);
    expect([...loaded.keys()].sort()).toEqual(['hmis-2022-sb3', 'hmis-2027-test']);
    expect(loaded.get('hmis-2027-test')!.items.at(-1)!.item_no).toBe('99.1');

    const bad = structuredClone(next);
    bad.id = 'hmis-2027-bad';
    bad.items[1].item_no = bad.items[0].item_no;
    bad.rules.push({ ...bad.rules[1], id: 'V99', expression: '3.1 <= 77.7' });
    const error = refused(() => parseFormatFile('hmis-2027-bad.json', JSON.stringify(bad)));
    expect(error.message).toBe('hmis.error.format_file');
    expect(error.issues!.map((i) => `${i.field}:${i.message}`)).toEqual([
      'hmis-2027-bad.json: items.1.item_no:v.hmis_duplicate_item',
      `hmis-2027-bad.json: rules.${bad.rules.length - 1}.expression:v.hmis_unknown_item`,
    ]);
    const unknownKey = structuredClone(next);
    unknownKey.items[2].compute = 'deliveries.unheard_of';
    const keyError = refused(() => parseFormatFile('k.json', JSON.stringify(unknownKey)));
    expect(keyError.issues!.map((i) => `${i.field}:${i.message}`)).toEqual(['k.json: items.2.compute:v.invalid_option']);
    mkdirSync(join(dir, 'more'));
    writeFileSync(join(dir, 'more', 'dup.json'), JSON.stringify(next));
    expect(refused(() => loadFormats([dir, join(dir, 'more')])).message).toBe('hmis.error.format_duplicate');
  });
});
