CREATE TABLE `secret` (
	`name` text PRIMARY KEY NOT NULL,
	`scheme` text NOT NULL,
	`ciphertext` text NOT NULL,
	`updated_at` text NOT NULL,
	`updated_by` text NOT NULL
);
--> statement-breakpoint
CREATE TABLE `dhis2_attempt` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`month` text NOT NULL,
	`kind` text NOT NULL,
	`job_id` integer,
	`server_url` text NOT NULL,
	`started_at` text NOT NULL,
	`finished_at` text,
	`outcome` text,
	`report_json` text,
	`started_by` text NOT NULL,
	FOREIGN KEY (`job_id`) REFERENCES `dhis2_push_job`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `dhis2_attempt_month_idx` ON `dhis2_attempt` (`month`);--> statement-breakpoint
CREATE TABLE `dhis2_exchange` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`attempt_id` integer NOT NULL,
	`step` text NOT NULL,
	`method` text NOT NULL,
	`path` text NOT NULL,
	`request_content_type` text,
	`request_body` text,
	`http_status` integer,
	`error` text,
	`response_body` text,
	`duration_ms` integer NOT NULL,
	`at` text NOT NULL,
	FOREIGN KEY (`attempt_id`) REFERENCES `dhis2_attempt`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `dhis2_exchange_attempt_idx` ON `dhis2_exchange` (`attempt_id`);--> statement-breakpoint
CREATE TABLE `dhis2_mapping` (
	`format_id` text NOT NULL,
	`item_no` text NOT NULL,
	`excluded` integer NOT NULL,
	`data_element` text NOT NULL,
	`data_element_code` text NOT NULL,
	`data_element_name` text NOT NULL,
	`category_option_combo` text NOT NULL,
	`category_option_combo_code` text NOT NULL,
	`category_option_combo_name` text NOT NULL,
	`source` text NOT NULL,
	`updated_at` text NOT NULL,
	`updated_by` text NOT NULL,
	PRIMARY KEY(`format_id`, `item_no`)
);
--> statement-breakpoint
CREATE TABLE `dhis2_metadata` (
	`data_set` text PRIMARY KEY NOT NULL,
	`server_url` text NOT NULL,
	`server_version` text NOT NULL,
	`json` text NOT NULL,
	`fetched_at` text NOT NULL
);
--> statement-breakpoint
CREATE TABLE `dhis2_push_job` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`month` text NOT NULL,
	`channel` text NOT NULL,
	`report_json` text NOT NULL,
	`state` text NOT NULL,
	`attempts` integer NOT NULL,
	`next_attempt_at` text,
	`lease_until` text,
	`last_outcome` text,
	`created_at` text NOT NULL,
	`created_by` text NOT NULL,
	`updated_at` text NOT NULL
);
--> statement-breakpoint
CREATE INDEX `dhis2_push_job_month_idx` ON `dhis2_push_job` (`month`);--> statement-breakpoint
CREATE INDEX `dhis2_push_job_state_idx` ON `dhis2_push_job` (`state`,`next_attempt_at`);