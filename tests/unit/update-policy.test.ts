import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { projectRoot } from '../../src/main/paths';
import { publisherNames, updateRefusal } from '../../src/main/update-policy';

const SIGNED =
  'provider: generic\nurl: https://updates.example/\npublisherName:\n  - Prasav\nupdaterCacheDirName: prasav-updater\n';
const UNSIGNED = 'provider: generic\nurl: https://updates.example/\nupdaterCacheDirName: prasav-updater\n';

describe('update policy', () => {
  it('keeps updates off unless opted in, on Windows, with a build that names its signing publisher', () => {
    const base = { optIn: '1', platform: 'win32' as const, appUpdateYml: SIGNED };
    expect(updateRefusal(base)).toBeNull();
    expect(updateRefusal({ ...base, optIn: undefined })).toBe('not_opted_in');
    expect(updateRefusal({ ...base, appUpdateYml: UNSIGNED })).toBe('unsigned_build');
    expect(updateRefusal({ ...base, appUpdateYml: null })).toBe('no_update_config');
    expect(updateRefusal({ ...base, platform: 'linux' })).toBe('no_signature_check_on_platform');
  });

  it('reads publisherName in block and flow form', () => {
    expect(publisherNames(SIGNED)).toEqual(['Prasav']);
    expect(publisherNames('publisherName: ["A B", \'C\']\n')).toEqual(['A B', 'C']);
    expect(publisherNames(UNSIGNED)).toEqual([]);
  });

  it('is configured: the Windows build records its publisher and verifies update signatures', () => {
    const config = readFileSync(join(projectRoot(), 'electron-builder.yml'), 'utf8');
    expect(config).toMatch(/verifyUpdateCodeSignature: true/);
    expect(publisherNames(config.replace(/^ {4}publisherName:/m, 'publisherName:'))).not.toEqual([]);
    expect(readFileSync(join(projectRoot(), 'docs', 'release.md'), 'utf8')).toMatch(/publisherName/);
  });
});
