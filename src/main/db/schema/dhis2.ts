import { index, integer, primaryKey, sqliteTable, text } from 'drizzle-orm/sqlite-core';

/** HMIS item → DHIS2 data element + category option combo, per format version (docs/domain/dhis2.md §1.1). */
export const dhis2Mapping = sqliteTable(
  'dhis2_mapping',
  {
    format_id: text('format_id').notNull(),
    item_no: text('item_no').notNull(),
    /** 1 = deliberately not sent (the state's data set has no such element). */
    excluded: integer('excluded', { mode: 'boolean' }).notNull(),
    data_element: text('data_element').notNull(),
    data_element_code: text('data_element_code').notNull(),
    data_element_name: text('data_element_name').notNull(),
    category_option_combo: text('category_option_combo').notNull(),
    category_option_combo_code: text('category_option_combo_code').notNull(),
    category_option_combo_name: text('category_option_combo_name').notNull(),
    source: text('source', { enum: ['auto', 'manual', 'csv'] }).notNull(),
    updated_at: text('updated_at').notNull(),
    updated_by: text('updated_by').notNull(),
  },
  (t) => [primaryKey({ columns: [t.format_id, t.item_no] })],
);

/** The data set as last read from `/api/dataSets/{id}` (zod-checked JSON), for the mapping screen and checks. */
export const dhis2Metadata = sqliteTable('dhis2_metadata', {
  data_set: text('data_set').primaryKey(),
  server_url: text('server_url').notNull(),
  server_version: text('server_version').notNull(),
  json: text('json').notNull(),
  fetched_at: text('fetched_at').notNull(),
});

/**
 * The offline queue: one row per requested push of a month. A job is retried (network errors, timeouts, 5xx)
 * until it ends `done` or `failed`; `lease_until` stops two processes (app and CLI) running it at once.
 */
export const dhis2PushJob = sqliteTable(
  'dhis2_push_job',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    month: text('month').notNull(),
    channel: text('channel', { enum: ['json', 'adx'] }).notNull(),
    /** The MonthlyReportValues handed over by the report, as JSON: what this job sends on every attempt. */
    report_json: text('report_json').notNull(),
    state: text('state', { enum: ['queued', 'running', 'done', 'failed', 'cancelled'] }).notNull(),
    attempts: integer('attempts').notNull(),
    next_attempt_at: text('next_attempt_at'),
    lease_until: text('lease_until'),
    last_outcome: text('last_outcome'),
    created_at: text('created_at').notNull(),
    created_by: text('created_by').notNull(),
    updated_at: text('updated_at').notNull(),
  },
  (t) => [index('dhis2_push_job_month_idx').on(t.month), index('dhis2_push_job_state_idx').on(t.state, t.next_attempt_at)],
);

/** One run of the push sequence (dry run or push), with the summary shown to the clerk. */
export const dhis2Attempt = sqliteTable(
  'dhis2_attempt',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    month: text('month').notNull(),
    kind: text('kind', { enum: ['dry_run', 'push'] }).notNull(),
    job_id: integer('job_id').references(() => dhis2PushJob.id),
    server_url: text('server_url').notNull(),
    started_at: text('started_at').notNull(),
    finished_at: text('finished_at'),
    outcome: text('outcome'),
    /** PushReport JSON. */
    report_json: text('report_json'),
    started_by: text('started_by').notNull(),
  },
  (t) => [index('dhis2_attempt_month_idx').on(t.month)],
);

/** Every HTTP request of an attempt and the server's answer, without credentials (docs/domain/dhis2.md §5 step 8). */
export const dhis2Exchange = sqliteTable(
  'dhis2_exchange',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    attempt_id: integer('attempt_id')
      .notNull()
      .references(() => dhis2Attempt.id),
    step: text('step').notNull(),
    method: text('method').notNull(),
    /** Path and query below the server URL (ids and flags only; never credentials). */
    path: text('path').notNull(),
    request_content_type: text('request_content_type'),
    request_body: text('request_body'),
    http_status: integer('http_status'),
    error: text('error'),
    response_body: text('response_body'),
    duration_ms: integer('duration_ms').notNull(),
    at: text('at').notNull(),
  },
  (t) => [index('dhis2_exchange_attempt_idx').on(t.attempt_id)],
);
