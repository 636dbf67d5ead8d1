ALTER TABLE `baby` ADD `crs_form3_submitted_at` text;--> statement-breakpoint
ALTER TABLE `baby` ADD `crs_form2_submitted_at` text;--> statement-breakpoint
ALTER TABLE `episode` ADD `crs_form2_submitted_at` text;--> statement-breakpoint
ALTER TABLE `episode` ADD `maternal_death_notified_at` text;