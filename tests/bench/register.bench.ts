import type { Measurement } from './lib';
import { measure } from './lib';
import { benchRegister, BENCH_NOW } from './fixture';
import { admit } from '../../src/main/register/service';
import { findEpisodes, listRegister } from '../../src/main/register/lists';
import { LOCAL_ADMIN_SESSION } from '../../src/main/session';
import { toLocalIso } from '../../src/shared/time';

export const title = 'Register (issue 3): 100,000 episodes';

/** Find-as-you-type, saving an admission and opening the month view, each against its bare-SQLite baseline. */
export async function run(): Promise<Measurement[]> {
  const { ctx, close, builtIn } = benchRegister(100_000);
  try {
    const total = ctx.sqlite.prepare('SELECT count(*) FROM episode').pluck().get() as number;
    const sample = ctx.sqlite
      .prepare('SELECT mother_name, relative_name, mobile, serial_no FROM episode ORDER BY id LIMIT 400 OFFSET 1000')
      .all() as {
      mother_name: string;
      relative_name: string;
      mobile: string | null;
      serial_no: string;
    }[];
    // What a clerk types: the first letters of a name (either script), a husband's name, a mobile, a serial.
    const queries = sample.flatMap((r, i) => {
      const first = r.mother_name.split(' ')[0]!;
      const cut = (text: string, n: number) => [...text].slice(0, n).join('');
      return [
        cut(first, 2 + (i % 3)),
        first,
        cut(r.relative_name, 4),
        r.mobile?.slice(0, 6) ?? first,
        r.serial_no.split('/')[1]!,
      ];
    });
    const mobiles = sample.map((r) => r.mobile).filter((m): m is string => !!m);
    const bareLookup = ctx.sqlite.prepare('SELECT id FROM episode WHERE mobile = ?').pluck();
    const like = ctx.sqlite
      .prepare('SELECT id FROM episode WHERE mother_name LIKE ? OR relative_name LIKE ? ORDER BY id DESC LIMIT 20')
      .pluck();

    const rows: Measurement[] = [];
    rows.push(
      await measure('bare indexed lookup (mobile = ?)', 2000, (i) => bareLookup.all(mobiles[i % mobiles.length]), {
        note: 'baseline',
      }),
    );
    rows.push(
      await measure(
        'plain LIKE scan, 20 rows (no index)',
        200,
        (i) => {
          const q = `%${queries[i % queries.length]}%`;
          return like.all(q, q);
        },
        { note: 'for comparison' },
      ),
    );
    const find = await measure(
      'find as you type (FTS5, both scripts, 20 results with summaries)',
      2000,
      (i) => findEpisodes(ctx, queries[i % queries.length]!, 20),
      { target: '< 5 ms median' },
    );
    rows.push({ ...find, note: `${round1(find.median_ms / rows[0]!.median_ms)}× the bare lookup` });

    let n = 0;
    const save = await measure(
      'save an admission (validate, serial, audit, search keys, WAL + synchronous=FULL)',
      300,
      () =>
        admit(ctx, LOCAL_ADMIN_SESSION, {
          fields: {
            mother_name: `बेंच परीक्षण ${n++}`,
            age_years: 24,
            admission_at: toLocalIso(BENCH_NOW.getTime() - 3_600_000, 'Asia/Kolkata'),
            relation_type: 'wife_of',
            relative_name: 'Ramesh Yadav',
            village_ward: 'Belwa',
            mobile: '9876543210',
          },
          acknowledge_warnings: true,
        }),
      { target: '< 10 ms median' },
    );
    const bareInsert = ctx.sqlite.prepare(
      "INSERT INTO audit_log (at, user_id, user_name, entity, entity_id, action) VALUES ('2026-01-01T00:00:00+05:30', 'b', 'b', 'bench', '0', 'create')",
    );
    const insert = await measure('bare single-row insert (one transaction)', 300, () => bareInsert.run(), { note: 'baseline' });
    rows.push({ ...save, note: `${round1(save.median_ms / insert.median_ms)}× a bare insert` }, insert);

    const month = '2026-10';
    const monthCount = ctx.sqlite
      .prepare("SELECT count(*) FROM episode WHERE admission_at >= '2026-10' AND admission_at < '2026-11'")
      .pluck()
      .get() as number;
    const view = await measure(
      `open the month view (${monthCount} records in the month; first page of 200 with count)`,
      100,
      () => listRegister(ctx, { from_month: month, to_month: month, limit: 200 }),
      { target: '< 50 ms median' },
    );
    const bareMonth = ctx.sqlite
      .prepare(
        "SELECT id FROM episode WHERE admission_at >= '2026-10' AND admission_at < '2026-11' ORDER BY serial_period, serial_seq LIMIT 200",
      )
      .pluck();
    const bare = await measure('bare indexed range query, 200 ids', 200, () => bareMonth.all(), { note: 'baseline' });
    rows.push({ ...view, note: `${round1(view.median_ms / bare.median_ms)}× the bare query` }, bare);
    rows.push({
      name: `register size: ${total} episodes${builtIn ? `, built in ${Math.round(builtIn / 1000)} s` : ' (cached)'}`,
      median_ms: 0,
      p95_ms: 0,
      runs: 0,
    });
    return rows;
  } finally {
    close();
  }
}

const round1 = (x: number) => Math.round(x * 10) / 10;
