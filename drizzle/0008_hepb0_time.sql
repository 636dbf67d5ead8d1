ALTER TABLE `baby` ADD `hepb0_at` text;--> statement-breakpoint
CREATE INDEX `baby_hepb0_at_idx` ON `baby` (hepb0_at) WHERE hepb0_at IS NOT NULL;