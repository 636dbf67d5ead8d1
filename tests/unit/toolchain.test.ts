import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '../../src/main/csp';

const ROOT = join(__dirname, '..', '..');
const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as {
  engines: { node: string };
  dependencies: Record<string, string>;
  devDependencies: Record<string, string>;
  allowScripts: Record<string, boolean>;
};

/** Node line embedded by each Electron major we have shipped (from Electron's release notes). Extend on upgrade. */
const ELECTRON_NODE_MAJOR: Record<number, number> = { 45: 24 };

describe('toolchain pins (docs/ARCHITECTURE.md, "Node and Electron")', () => {
  it('pins every dependency to an exact version', () => {
    const loose = Object.entries({ ...pkg.dependencies, ...pkg.devDependencies }).filter(([, v]) => !/^\d+\.\d+\.\d+$/.test(v));
    expect(loose).toEqual([]);
  });

  it('runs scripts and tests on the Node line the pinned Electron embeds', () => {
    const electronMajor = Number(pkg.devDependencies.electron!.split('.')[0]);
    const nodeMajor = ELECTRON_NODE_MAJOR[electronMajor];
    expect(nodeMajor, `add Electron ${electronMajor}'s Node line to ELECTRON_NODE_MAJOR`).toBeDefined();
    expect(Number(pkg.devDependencies.node!.split('.')[0])).toBe(nodeMajor);
    expect(pkg.engines.node).toContain(`>=${nodeMajor}`);
    expect(Number(process.versions.node.split('.')[0])).toBe(nodeMajor);
  });

  it('never downloads Electron or compiles better-sqlite3 on install', () => {
    expect(pkg.allowScripts.electron).toBe(false);
    expect(pkg.allowScripts['better-sqlite3']).toBe(false);
    expect(pkg.allowScripts.node).toBe(true);
  });

  it('keeps the renderer meta CSP identical to the one both transports send', () => {
    const html = readFileSync(join(ROOT, 'src', 'renderer', 'index.html'), 'utf8');
    const meta = /http-equiv="Content-Security-Policy"\s+content="([^"]+)"/.exec(html)?.[1];
    // frame-ancestors is ignored in a meta tag; it is sent as a header only.
    const header = CONTENT_SECURITY_POLICY.split('; ')
      .filter((d) => !d.startsWith('frame-ancestors'))
      .join('; ');
    expect(meta).toBe(header);
  });
});
