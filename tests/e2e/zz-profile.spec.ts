import { writeFileSync } from 'node:fs';
import { expect, test } from './fixtures';
test.use({ loginAs: 'clerk' });
test('profile', async ({ page }) => {
  await page.goto('/#/dashboard');
  await expect(page.locator('.trend canvas')).toHaveCount(12);
  await page.waitForTimeout(500);
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
  const out: string[] = [];
  for (let k = 0; k < 4; k++) {
    await cdp.send('Profiler.start');
    await page.locator('.month-nav button').first().click();
    await expect(page.locator('.dashboard-body.loading')).toHaveCount(0);
    await page.waitForTimeout(300);
    const { profile } = (await cdp.send('Profiler.stop')) as { profile: { nodes: { id: number; callFrame: { functionName: string; url: string; lineNumber: number }; hitCount: number; children?: number[] }[]; samples: number[]; timeDeltas: number[] } };
    const byId = new Map(profile.nodes.map((n) => [n.id, n]));
    const self = new Map<number, number>();
    profile.samples.forEach((s, i) => self.set(s, (self.get(s) ?? 0) + (profile.timeDeltas[i] ?? 0)));
    const agg = new Map<string, number>();
    for (const [id, us] of self) {
      const n = byId.get(id)!;
      const key = `${n.callFrame.functionName || '(anon)'} ${n.callFrame.url.split('/').pop()}:${n.callFrame.lineNumber}`;
      agg.set(key, (agg.get(key) ?? 0) + us);
    }
    const top = [...agg].filter(([k]) => !k.startsWith('(idle)') && !k.startsWith('(program)')).sort((a, b) => b[1] - a[1]).slice(0, 25);
    const total = [...agg].filter(([k]) => !k.startsWith('(idle)')).reduce((a, [, v]) => a + v, 0);
    out.push(`run ${k} busy ${(total / 1000).toFixed(1)} ms`, ...top.map(([k, v]) => `  ${(v / 1000).toFixed(1)} ${k}`));
  }
  writeFileSync('/tmp/hdash2-profile.txt', out.join('\n'));
});
