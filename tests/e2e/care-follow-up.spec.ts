import { expect, loginAs, ServerClock, startWebServer, stopWebServer, test as base } from './fixtures';
import { call } from './call';
import { istBefore } from './care-setup';

/*
 * Issue 11 "Done means": the follow-up list shows an unanswered referral after 7 days, with the clock injected. The
 * referral is recorded today; then the server's clock (`--clock-file`, demo only) and the page's clock move on.
 */

const test = base.extend<{ serverClock: ServerClock }>({
  // eslint-disable-next-line no-empty-pattern
  serverClock: async ({}, use) => use(new ServerClock()),
  // This file's own server, on the movable clock (the shared one runs on the PC's clock).
  server: async ({ serverClock }, use) => {
    const server = await startWebServer(['--clock-file', serverClock.file]);
    await use(server);
    await stopWebServer(server);
  },
});

const ist = istBefore;

const DAY = 24 * 60;

test('a referral that left today without feedback is on the follow-up list after 7 days, not after 6', async ({
  page,
  context,
  request,
  server,
  serverClock,
}) => {
  const now = Date.now();
  await page.clock.install({ time: new Date(now) });
  await call(request, 'setLanguage', { ui_language: 'en' });
  const { record } = await call(request, 'admitMother', {
    fields: { mother_name: 'Mehrunnisa Quraishi', age_years: 22, admission_at: ist(now, 120) },
    acknowledge_warnings: true,
  });
  const closed = await call(request, 'recordOutcome', {
    id: record.id,
    version: record.version,
    fields: { outcome: 'referred_out', outcome_at: ist(now) },
    referral: {
      receiving_facility_name: 'Sadar Hospital Kishanganj',
      reasons: ['aph'],
      decision_at: ist(now, 40),
      departure_at: ist(now),
    },
    acknowledge_warnings: true,
  });
  expect(closed.record.referrals[0]!.departure_at).toBe(ist(now));

  const rows = page.getByTestId('follow-up-row').filter({ hasText: 'Mehrunnisa Quraishi' });
  /** Moves the server and the page `days` on from the start; a jump of days outlives the session, so log in again. */
  const moveOn = async (days: number) => {
    serverClock.runAhead(days * DAY);
    await page.clock.setSystemTime(new Date(now + days * DAY * 60_000));
    await loginAs(context, server.url, 'admin');
    await loginAs(request, server.url, 'admin');
    await page.goto('/#/register/follow-up');
    await page.reload();
    // Loaded (the demo's older referrals fill the table) before a row is looked for or found missing.
    await expect(page.getByTestId('follow-up-table')).toBeVisible();
  };

  // Today: she has just left.
  await moveOn(0);
  await expect(rows).toHaveCount(0);
  // Six days on: not yet (the setting's 7 days have not passed).
  await moveOn(6);
  await expect(rows).toHaveCount(0);
  expect((await call(request, 'referralFollowUps', {})).map((r) => r.episode_id)).not.toContain(record.id);
  // Seven days on: she is listed, with her facility and the days since she left, and Today links to the list.
  await moveOn(7);
  await expect(rows).toHaveCount(1);
  await expect(rows).toContainText('Sadar Hospital Kishanganj');
  await expect(rows).toContainText('7 days');
  const followUps = await call(request, 'referralFollowUps', {});
  expect(followUps.find((r) => r.episode_id === record.id)).toMatchObject({ days_since_departure: 7 });
  await page.goto('/#/register');
  await expect(page.getByTestId('follow-up-link')).toContainText(`${followUps.length} `);
  await page.getByTestId('follow-up-link').click();
  await rows.getByRole('link', { name: 'Mehrunnisa Quraishi' }).click();
  await expect(page).toHaveURL(new RegExp(`#/register/record/${record.id}$`));
});
