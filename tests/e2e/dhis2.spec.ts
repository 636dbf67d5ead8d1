/**
 * DHIS2 end to end: the real renderer and services (web mode) with the month's values given as a file (until the
 * HMIS module exists), talking to the DHIS2 stand-in. Configure the connection and the mapping through the UI,
 * dry-run and push from the DHIS2 panel, and read the result.
 */
import { writeFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test as base, expect, type Page } from '@playwright/test';
import { labourRoomSeed } from '../fixtures/dhis2-standin/seeds';
import { sampleMonth } from '../fixtures/dhis2-standin/sample-report';
import { Dhis2StandIn } from '../fixtures/dhis2-standin/server';
import { loginAs, startWebServer, stopWebServer, type WebServer } from './fixtures';
import { blankMappingRow } from '../../src/shared/dhis2';

const test = base.extend<object, { dhis2: Dhis2StandIn; server: WebServer }>({
  dhis2: [
    // eslint-disable-next-line no-empty-pattern
    async ({}, use) => {
      // 5 October in Kishanganj: September (expiry 15 days) and October are both open.
      const standIn = new Dhis2StandIn(labourRoomSeed(), {
        version: '2.42',
        clock: () => new Date('2026-10-05T05:00:00Z'),
        timeZone: 'Asia/Kolkata',
      });
      await standIn.start(0);
      await use(standIn);
      await standIn.stop();
    },
    { scope: 'worker' },
  ],
  server: [
    // eslint-disable-next-line no-empty-pattern
    async ({}, use) => {
      const file = join(mkdtempSync(join(tmpdir(), 'prasav-e2e-')), 'report-values.json');
      // September has 0 C-sections, which the data set's positive-integer element refuses (a conflict to show).
      writeFileSync(file, JSON.stringify([sampleMonth('2026-10'), sampleMonth('2026-09', { '3.1': 0 })]));
      const server = await startWebServer(['--report-values', file]);
      await use(server);
      await stopWebServer(server);
    },
    { scope: 'worker' },
  ],
  baseURL: async ({ server }, use) => use(server.url),
  // Pushing is the admin's job (issue 7): every page is logged in as admin through the real login.
  context: async ({ context, server }, use) => {
    await loginAs(context, server.url, 'admin');
    await use(context);
  },
});

async function english(page: Page) {
  await page.request.post('/api/setLanguage', { data: { ui_language: 'en' } });
}

/** The same configuration as the first test, through the HTTP API (each test stands on its own). */
async function configure(page: Page, dhis2: Dhis2StandIn) {
  const post = async (op: string, data: unknown) => expect((await page.request.post(`/api/${op}`, { data })).ok()).toBe(true);
  await post('dhis2SaveConnection', {
    server_url: dhis2.url,
    auth_type: 'token',
    username: '',
    secret: 'd2p_standin_token_1',
    data_set: 'Lr0MonthDS1',
    org_unit: 'InFac000001',
    attribute_option_combo: '',
    id_scheme: 'UID',
  });
  const report = sampleMonth('2026-09');
  await post('dhis2MatchMapping', { format_id: report.format_id, items: report.items.map(({ value: _v, ...item }) => item) });
  await post('dhis2SaveMappingRow', { format_id: report.format_id, row: blankMappingRow('4.1.3.a', true) });
}

test('configure DHIS2 in Settings, map the items, dry-run and push the month from the DHIS2 panel', async ({ page, dhis2 }) => {
  await english(page);
  await page.goto('/#/settings/dhis2');
  await expect(page.getByRole('heading', { name: 'DHIS2 connection' })).toBeVisible();

  // A plain-http address is refused with a message naming the field.
  const form = page.getByRole('form', { name: 'DHIS2 connection' });
  await page.getByLabel('DHIS2 server address').fill('http://hmis.example.org');
  await form.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByText('DHIS2 server address must start with https://')).toBeVisible();

  await page.getByLabel('DHIS2 server address').fill(dhis2.url);
  await page.getByLabel('Sign-in method').selectOption('token');
  await page.getByLabel('Password or access token').fill('d2p_standin_token_1');
  await page.getByLabel('Data set id').fill('Lr0MonthDS1');
  await page.getByLabel('Organisation unit id').fill('InFac000001');
  await form.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByText('DHIS2 settings saved.')).toBeVisible();
  await expect(page.getByLabel('Password or access token')).toHaveValue('');
  await expect(page.getByText('A password/token is stored.')).toBeVisible();

  await page.getByRole('button', { name: 'Test connection' }).click();
  await expect(page.getByTestId('dhis2-test-ok')).toContainText('Connected: DHIS2 2.42.1, time zone Asia/Kolkata');

  const mapping = page.getByTestId('dhis2-mapping');
  await mapping.getByLabel('Month').fill('2026-10');
  await mapping.getByRole('button', { name: 'Match with server' }).click();
  await expect(page.getByText('Matched 4 items; 1 need a choice.')).toBeVisible();
  const stillbirth = mapping.getByRole('row', { name: /4\.1\.3\.a/ });
  await expect(stillbirth.getByText('Not mapped')).toBeVisible();
  // Keyboard: tick "Not sent" and save the row.
  await stillbirth.getByRole('checkbox').focus();
  await page.keyboard.press('Space');
  await stillbirth.getByRole('button', { name: 'Save' }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByText('Saved item 4.1.3.a.')).toBeVisible();
  await expect(
    mapping
      .getByRole('row', { name: /4\.1\.3\.a/ })
      .getByText('Not sent', { exact: true })
      .first(),
  ).toBeVisible();

  await page.goto('/#/reports');
  await page.getByTestId('report-month').fill('2026-10');
  const panel = page.getByTestId('dhis2-panel');
  await expect(panel.getByText('4 values will be sent.')).toBeVisible();
  await panel.getByRole('button', { name: /Check with server/ }).click();
  await expect(panel.getByTestId('dhis2-outcome')).toHaveText(
    'Dry run passed: the server would accept every value. Nothing was saved on the server.',
  );
  await expect(panel.getByText('Period open for entry; it locks in 41 days (server time).')).toBeVisible();
  expect(dhis2.values.size).toBe(0);

  await panel.getByRole('button', { name: /Send to DHIS2/ }).click();
  await expect(panel.getByTestId('dhis2-outcome')).toHaveText('Sent and marked complete on DHIS2.');
  await expect(panel.getByTestId('dhis2-queue')).toContainText('Sent');
  await expect(panel.getByTestId('dhis2-history').getByRole('row')).toHaveCount(3);
  expect(dhis2.storedValues('202610', 'InFac000001')).toEqual({
    'LrDelivTot1/HllvX50cXC0': '42',
    'LrCsectn001/HllvX50cXC0': '9',
    'LrLiveBrth1/CocMale0001': '20',
    'LrLiveBrth1/CocFemale01': '21',
  });
  expect(dhis2.completions.size).toBe(1);
});

test('a refused value is shown against its item with what to do, in Hindi too; nothing is sent', async ({ page, dhis2 }) => {
  await english(page);
  await configure(page, dhis2);
  await page.goto('/#/reports');
  await page.getByTestId('report-month').fill('2026-09');
  const panel = page.getByTestId('dhis2-panel');
  await panel.getByRole('button', { name: /Send to DHIS2/ }).click();
  await expect(panel.getByTestId('dhis2-outcome')).toHaveText('Dry run found problems (below). Nothing was sent.');
  const conflict = panel.getByTestId('dhis2-conflicts').getByRole('row').nth(1);
  await expect(conflict).toContainText('3.1');
  await expect(conflict).toContainText('E7619');
  await expect(conflict).toContainText('The value is not of the kind DHIS2 expects.');
  await expect(conflict).toContainText('Check the value in the report.');
  // The item number leads to the item's row in the report.
  await conflict.getByRole('button', { name: '3.1' }).click();
  await expect(page.locator('#report-item-3\\.1')).toBeFocused();
  expect(dhis2.storedValues('202609', 'InFac000001')).toEqual({});

  await page.getByTestId('lang-switch').click();
  await expect(panel.getByTestId('dhis2-history')).toContainText('जाँच में समस्याएँ मिलीं');
});
