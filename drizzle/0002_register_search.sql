-- Find-as-you-type index (src/main/register/search.ts). Contentless: it holds only romanised name keys and
-- digit strings per episode (rowid = episode.id), maintained by the application in the same transaction as
-- each save; contentless_delete lets a save replace an episode's keys.
CREATE VIRTUAL TABLE `episode_search` USING fts5(keys, content='', contentless_delete=1, prefix='1 2 3');
