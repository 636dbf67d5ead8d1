CREATE TABLE `hmis_report` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`month` text NOT NULL,
	`format_id` text NOT NULL,
	`status` text NOT NULL,
	`inputs` text NOT NULL,
	`snapshot` text,
	`snapshot_values` text,
	`inputs_hash` text,
	`submitted_at` text,
	`submitted_by` text,
	`final_exported_at` text,
	`version` integer DEFAULT 1 NOT NULL,
	`updated_at` text NOT NULL,
	`updated_by` text NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `hmis_report_month_format_idx` ON `hmis_report` (`month`,`format_id`);--> statement-breakpoint
CREATE UNIQUE INDEX `hmis_report_submitted_idx` ON `hmis_report` (`month`) WHERE status = 'submitted';--> statement-breakpoint
CREATE INDEX `hmis_report_status_idx` ON `hmis_report` (`status`);--> statement-breakpoint
CREATE INDEX `baby_vit_k_idx` ON `baby` (vit_k) WHERE vit_k IS NOT NULL;--> statement-breakpoint
CREATE INDEX `baby_bcg_idx` ON `baby` (bcg) WHERE bcg IS NOT NULL;--> statement-breakpoint
CREATE INDEX `baby_opv0_idx` ON `baby` (opv0) WHERE opv0 IS NOT NULL;--> statement-breakpoint
CREATE INDEX `baby_hepb0_idx` ON `baby` (hepb0) WHERE hepb0 IS NOT NULL;--> statement-breakpoint
CREATE INDEX `baby_neonatal_death_at_idx` ON `baby` (neonatal_death_at) WHERE neonatal_death_at IS NOT NULL;--> statement-breakpoint
CREATE INDEX `episode_fbmdr_idx` ON `episode` (fbmdr_date) WHERE fbmdr_date IS NOT NULL;