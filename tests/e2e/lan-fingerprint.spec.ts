import { expect, test } from './fixtures';
import { freePort } from '../helpers/ports';

test('the other PC’s login page shows the certificate fingerprint the admin sees on the reception PC', async ({
  page,
  request,
  browser,
}) => {
  expect((await request.post('/api/setLanguage', { data: { ui_language: 'en' } })).status()).toBe(200);
  const status = (await (await request.post('/api/getLanStatus', { data: {} })).json()).data as { addresses: string[] };
  test.skip(status.addresses.length === 0, 'this machine has no network address besides loopback');
  const host = status.addresses[0]!;
  const on = await request.post('/api/updateLanSettings', {
    data: { enabled: true, host, port: await freePort({ anyAddress: true }) },
  });
  const lan = (await on.json()).data as { running: boolean; url: string; fingerprint: string };
  expect(lan).toMatchObject({ running: true });
  try {
    // The admin, on the reception PC.
    await page.goto('/#/settings/access');
    await expect(page.getByTestId('lan-fingerprint')).toContainText(lan.fingerprint);

    // Another PC: the browser warns about the register's own certificate (accepted here), then the login page.
    const other = await browser.newContext({ ignoreHTTPSErrors: true });
    const login = await other.newPage();
    await login.goto(lan.url);
    await expect(login.getByRole('button', { name: /Log in|लॉग इन/ })).toBeVisible();
    await expect(login.getByTestId('lan-fingerprint')).toContainText(lan.fingerprint);
    // Plain http on the same port only sends it to https.
    const plain = await other.request.get(lan.url.replace('https:', 'http:'), { maxRedirects: 0 });
    expect(plain.status()).toBe(301);
    await other.close();
  } finally {
    await request.post('/api/updateLanSettings', { data: { enabled: false } });
  }
});
