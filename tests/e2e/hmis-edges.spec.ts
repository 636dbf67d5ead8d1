import { expect, test } from './fixtures';

test.afterEach(async ({ request }) => {
  await request.post('/api/setLanguage', { data: { ui_language: 'hi' } });
});

test('the HMIS report lists beside it what it leaves out and why: a foetal loss, a woman of 60', async ({ page, request }) => {
  const month = (await (await request.post('/api/getHmisReport', { data: {} })).json()).data.month as string;
  const at = (day: string, time: string) => `${month}-${day}T${time}:00+05:30`;
  const admitted = await request.post('/api/admitMother', {
    data: {
      fields: {
        mother_name: 'Foetal Loss Test',
        age_years: 60,
        admission_at: at('10', '06:00'),
        admission_category: 'labour_pains',
      },
      acknowledge_warnings: true,
      reason: 'Entered late for the test',
    },
  });
  expect(admitted.ok()).toBe(true);
  const { record } = (await admitted.json()).data as { record: { id: number; version: number; serial_no: string } };
  const delivered = await request.post('/api/recordDelivery', {
    data: {
      id: record.id,
      version: record.version,
      fields: {
        place_of_delivery: 'this_facility',
        delivery_at: at('10', '10:00'),
        mode: 'normal_vaginal',
        gest_weeks: 22,
        number_of_babies: 1,
      },
      babies: [{ baby_order: 1, sex: 'M', outcome: 'fresh_still_birth', birth_weight_g: 450 }],
      acknowledge_warnings: true,
      reason: 'Entered late for the test',
    },
  });
  expect(delivered.ok()).toBe(true);

  expect((await page.request.post('/api/setLanguage', { data: { ui_language: 'en' } })).ok()).toBe(true);
  await page.setViewportSize({ width: 1366, height: 768 });
  await page.goto('/#/reports');
  const list = page.getByTestId('not-counted');
  await expect(list).toBeVisible({ timeout: 30_000 });
  await list.locator('summary').click();
  const rows = list.getByRole('link').filter({ hasText: record.serial_no });
  await expect(rows.filter({ hasText: 'Foetal loss before 24 weeks' })).toHaveCount(1);
  await expect(rows.filter({ hasText: 'Aged 60 or more' })).toHaveCount(1);
  await list.scrollIntoViewIfNeeded();
  await page.screenshot({ path: 'test-results/hmis-not-counted.png' });
});
