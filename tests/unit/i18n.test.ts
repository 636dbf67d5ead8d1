import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { catalog } from '../../src/shared/i18n/catalog';
import { bilingual, translate } from '../../src/shared/i18n/translate';
import { securitySettingsSchema } from '../../src/shared/auth';
import { BACKUP_KINDS, BACKUP_PLACES, backupSettingsSchema, SECOND_COPY_STATES } from '../../src/shared/backup';
import { ERROR_CODES } from '../../src/shared/errors';
import { lanSettingsSchema } from '../../src/shared/lan';
import { ROLES } from '../../src/shared/roles';

const DEVANAGARI = /[\u0900-\u097F]/;

describe('messages', () => {
  it('has every key in both languages, non-empty, with the same parameters', () => {
    for (const [key, entry] of Object.entries(catalog)) {
      expect(entry.en.trim(), key).not.toBe('');
      expect(entry.hi.trim(), key).not.toBe('');
      const params = (s: string) => [...s.matchAll(/\{\{\s*(\w+)\s*\}\}/g)].map((m) => m[1]).sort();
      expect(params(entry.hi), key).toEqual(params(entry.en));
    }
  });

  it('writes Hindi in Devanagari (apart from codes and names that stay in Latin)', () => {
    const latinOnly = Object.entries(catalog).filter(([key, entry]) => !DEVANAGARI.test(entry.hi) && key !== 'lang.switch');
    expect(latinOnly.map(([key]) => key)).toEqual([]);
  });

  it('interpolates parameters and translates parameters that are keys', () => {
    expect(translate('en', 'v.too_small', { field: 'field.hospital_name', min: 3 })).toBe('Hospital name must be at least 3.');
    expect(translate('hi', 'v.blank', { field: 'field.hospital_name' })).toBe('अस्पताल का नाम खाली नहीं हो सकता।');
    expect(bilingual('nav.register')).toBe('रजिस्टर / Register');
  });

  it('defines each key in one feature module only (the catalog spreads them: a second one would silently win)', async () => {
    const dir = join(__dirname, '..', '..', 'src', 'shared', 'i18n', 'messages');
    const owner = new Map<string, string>();
    const twice: string[] = [];
    for (const file of readdirSync(dir).sort()) {
      const module = (await import(join(dir, file))) as Record<string, Record<string, unknown>>;
      for (const messages of Object.values(module))
        for (const key of Object.keys(messages)) {
          if (owner.has(key)) twice.push(`${key}: ${owner.get(key)} and ${file}`);
          owner.set(key, file);
        }
    }
    expect(twice).toEqual([]);
    expect(owner.size).toBe(Object.keys(catalog).length);
  });

  it('returns an unknown key as is, so a missing message is visible', () => {
    expect(translate('hi', 'no.such.key')).toBe('no.such.key');
  });
});

describe('message keys used in the code', () => {
  it('exist in the catalog (a typo would show the raw key on screen)', async () => {
    const { readdirSync, readFileSync, statSync } = await import('node:fs');
    const { join } = await import('node:path');
    const files = (dir: string): string[] =>
      readdirSync(dir).flatMap((name) => {
        const full = join(dir, name);
        return statSync(full).isDirectory() ? files(full) : /\.tsx?$/.test(name) ? [full] : [];
      });
    const root = join(__dirname, '..', '..', 'src');
    // Literal keys: t('x.y'), translate(lang, 'x.y'), message: 'x.y', both('x.y'), label: 'x.y', key: 'x.y'
    const pattern = /(?:\bt\(|translate\(\w+,\s*|message:\s*|both\(|label:\s*|problem\s*=\s*)'([a-z_]+(?:\.[a-z0-9_-]+)+)'/g;
    const missing: string[] = [];
    let checked = 0;
    for (const file of files(root)) {
      for (const match of readFileSync(file, 'utf8').matchAll(pattern)) {
        checked++;
        const key = match[1]!;
        // A plural message exists as key_one / key_other (translate picks by params.count).
        if (!(key in catalog) && !(`${key}_other` in catalog)) missing.push(`${file.slice(root.length + 1)}: ${key}`);
      }
    }
    expect(missing).toEqual([]);
    expect(checked).toBeGreaterThan(100);
  });

  it('exist for every code the screens build keys from', () => {
    const keys = [
      ...ERROR_CODES.map((c) => `error.${c}`),
      ...ROLES.map((r) => `role.${r}`),
      ...BACKUP_KINDS.map((k) => `backup_kind.${k}`),
      ...BACKUP_PLACES.map((p) => `backup_place.${p}`),
      ...SECOND_COPY_STATES.filter((s) => s !== 'ok').map((s) => `backup.warn_${s}`),
      ...Object.keys(securitySettingsSchema.shape).map((f) => `field.${f}`),
      ...Object.keys(backupSettingsSchema.shape).map((f) => `field.${f}`),
      ...Object.keys(lanSettingsSchema.shape).map((f) => `field.${f}`),
    ];
    expect(keys.filter((k) => !(k in catalog))).toEqual([]);
  });
});
