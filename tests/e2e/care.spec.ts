import type { APIRequestContext } from '@playwright/test';
import type { OpInput, OpName, OpOutput } from '../../src/shared/contract';
import { expect, test } from './fixtures';

/*
 * care.md end to end, in Chromium against the real service and a demo database: the one high-risk rule (a referral
 * reason makes her high-risk, named, on the record and in HMIS 1.9.3.a), the ward board and referral tracking.
 */

async function call<N extends OpName>(request: APIRequestContext, op: N, input: OpInput<N>): Promise<OpOutput<N>> {
  const response = await request.post(`/api/${op}`, { data: input });
  const body = (await response.json()) as { ok: boolean; data: OpOutput<N>; error?: unknown };
  if (!body.ok) throw new Error(`${op}: ${JSON.stringify(body.error)}`);
  return body.data;
}

let now = Date.now();
test.beforeEach(async ({ request }) => {
  now = Date.now();
  await call(request, 'setLanguage', { ui_language: 'en' });
});

/** `minutesAgo` before the test's start as facility-local (IST) ISO. */
function ist(minutesAgo = 0): string {
  return `${new Date(now - minutesAgo * 60_000 + 330 * 60_000).toISOString().slice(0, 16)}:00+05:30`;
}

async function admit(request: APIRequestContext, mother_name: string, minutesAgo: number, extra = {}) {
  return (await call(request, 'admitMother', { fields: { mother_name, age_years: 24, admission_at: ist(minutesAgo), ...extra } }))
    .record;
}

async function referOut(request: APIRequestContext, id: number, referral: OpInput<'recordOutcome'>['referral'], leftAgo: number) {
  const { record } = await call(request, 'getEpisode', { id });
  return call(request, 'recordOutcome', {
    id,
    version: record.version,
    fields: { outcome: 'referred_out', outcome_at: ist(leftAgo) },
    referral: { receiving_facility_name: 'Sadar Hospital Kishanganj', ...referral },
    acknowledge_warnings: true,
  });
}

test('an eclampsia referral names the high-risk reason on the record and counts in HMIS 1.9.3.a', async ({ page, request }) => {
  const mother = await admit(request, 'Rukhsana Khatun', 120);
  const month = ist().slice(0, 7);
  const item = async () => (await call(request, 'getHmisReport', { month })).items.find((i) => i.item_no === '1.9.3.a')!;
  const before = await item();
  expect(before.episode_ids).not.toContain(mother.id);

  const closed = await referOut(
    request,
    mother.id,
    { reasons: ['eclampsia_severe_pre_eclampsia'], decision_at: ist(60), departure_at: ist(30) },
    30,
  );
  expect(closed.risk_reasons).toEqual([
    expect.objectContaining({ code: 'referral_reason.eclampsia_severe_pre_eclampsia', urgent: true }),
  ]);

  const after = await item();
  expect(after.episode_ids).toContain(mother.id);
  expect(after.value).toBe((before.value ?? 0) + 1);

  await page.goto(`/#/register/record/${mother.id}`);
  const risk = page.getByTestId('record-risk');
  await expect(risk).toContainText('Referred out: Eclampsia / severe pre-eclampsia');
  await expect(risk.locator('li.urgent')).toHaveCount(1);
  await expect(risk).toContainText('Urgent');
});
