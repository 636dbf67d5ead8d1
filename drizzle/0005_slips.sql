CREATE TABLE `print_log` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`episode_id` integer NOT NULL,
	`slip` text NOT NULL,
	`baby_order` integer,
	`copy_no` integer NOT NULL,
	`channel` text NOT NULL,
	`printer_name` text,
	`duplicate` integer NOT NULL,
	`printed_at` text NOT NULL,
	`user_id` text NOT NULL,
	`user_name` text NOT NULL,
	FOREIGN KEY (`episode_id`) REFERENCES `episode`(`id`) ON UPDATE no action ON DELETE restrict
);
--> statement-breakpoint
CREATE INDEX `print_log_slip_idx` ON `print_log` (`episode_id`,`slip`,`baby_order`);