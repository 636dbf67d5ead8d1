import { describe, expect, it } from 'vitest';
import { chromiumCandidates, chromiumPath } from '../../src/main/pdf/chromium';

const WINDOWS_ENV = { ProgramFiles: 'C:\\Program Files', 'ProgramFiles(x86)': 'C:\\Program Files (x86)' };

describe('the browser web mode and the CLI print PDFs with', () => {
  it('on Windows: Chrome first, then Microsoft Edge, in their standard install folders', () => {
    expect(chromiumCandidates('win32', WINDOWS_ENV)).toEqual([
      'C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe',
      'C:\\Program Files (x86)\\Google\\Chrome\\Application\\chrome.exe',
      'C:\\Program Files (x86)\\Microsoft\\Edge\\Application\\msedge.exe',
      'C:\\Program Files\\Microsoft\\Edge\\Application\\msedge.exe',
    ]);
  });

  it('on Windows: follows the Program Files folders the system reports, with the usual ones as fallback', () => {
    expect(chromiumCandidates('win32', { ProgramFiles: 'D:\\Apps', 'ProgramFiles(x86)': 'D:\\Apps32' })).toEqual([
      'D:\\Apps\\Google\\Chrome\\Application\\chrome.exe',
      'D:\\Apps32\\Google\\Chrome\\Application\\chrome.exe',
      'D:\\Apps32\\Microsoft\\Edge\\Application\\msedge.exe',
      'D:\\Apps\\Microsoft\\Edge\\Application\\msedge.exe',
    ]);
    expect(chromiumCandidates('win32', {})).toEqual(chromiumCandidates('win32', WINDOWS_ENV));
  });

  it('on Linux and macOS: the Debian Chromium', () => {
    expect(chromiumCandidates('linux', {})).toEqual(['/usr/bin/chromium']);
    expect(chromiumCandidates('darwin', {})).toEqual(['/usr/bin/chromium']);
  });

  it('PRASAV_CHROMIUM overrides the list on every platform', () => {
    for (const platform of ['win32', 'linux'] as const) {
      expect(chromiumCandidates(platform, { ...WINDOWS_ENV, PRASAV_CHROMIUM: '/opt/chrome/chrome' })).toEqual([
        '/opt/chrome/chrome',
      ]);
    }
  });

  it('picks the first candidate that exists: Edge on a Windows PC without Chrome; Chrome names the gap when neither is there', () => {
    const edge = 'C:\\Program Files (x86)\\Microsoft\\Edge\\Application\\msedge.exe';
    expect(chromiumPath('win32', WINDOWS_ENV, (path) => path === edge)).toBe(edge);
    expect(chromiumPath('win32', WINDOWS_ENV, (path) => path.endsWith('.exe'))).toBe(
      'C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe',
    );
    expect(chromiumPath('win32', WINDOWS_ENV, () => false)).toBe('C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe');
  });
});
