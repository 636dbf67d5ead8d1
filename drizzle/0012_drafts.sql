CREATE TABLE `drafts` (
	`user_id` text NOT NULL,
	`form` text NOT NULL,
	`base_version` integer,
	`data` text NOT NULL,
	`updated_at` text NOT NULL,
	PRIMARY KEY(`user_id`, `form`),
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
