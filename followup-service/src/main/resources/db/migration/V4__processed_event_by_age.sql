-- Processed-event ids are forgotten once no topic can deliver their event again (ProcessedEventRetention), oldest
-- first, which needs them by age. Built without blocking the consumers' inserts on a table that may be large;
-- Flyway runs a migration of only CONCURRENTLY statements outside a transaction.
create index concurrently if not exists processed_event_processed_at on processed_event (processed_at);
