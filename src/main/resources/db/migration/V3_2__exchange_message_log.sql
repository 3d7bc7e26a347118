-- The messages pages: newest incoming first (the inbox is ordered by received_ms so far), and the supervisors'
-- "waiting for release" count and state filters without a scan of the whole outbox.
CREATE INDEX inbox_created ON inbox (created_ms);
CREATE INDEX outbox_state ON outbox (state, created_ms);
