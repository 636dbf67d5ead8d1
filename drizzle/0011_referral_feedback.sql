CREATE TABLE `referral_feedback` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`referral_id` integer NOT NULL,
	`feedback_received_at` text,
	`feedback_channel` text,
	`reached_at` text,
	`arrival_outcome` text,
	`delivery_mode` text,
	`baby_outcome` text,
	`diagnosis` text,
	`advice` text,
	`recorded_at` text NOT NULL,
	`recorded_by` text NOT NULL,
	FOREIGN KEY (`referral_id`) REFERENCES `referral`(`id`) ON UPDATE no action ON DELETE restrict
);
--> statement-breakpoint
CREATE UNIQUE INDEX `referral_feedback_referral_idx` ON `referral_feedback` (`referral_id`);