-- Every change of an incident raises its version. The placer compares complaints with open incidents through
-- their cores, kept in memory while the version stays, and writes only the incidents a complaint joins, each
-- over the version it read; it no longer locks and reads every open incident of a category for each batch.
alter table incident add column version bigint not null default 0;
