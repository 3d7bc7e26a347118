-- Retention: each review a supervisor recorded ("keep") for an own wanted notice or person record, with the reason
-- and the next review date it set. The record's module keeps the record; this table only its review history.
CREATE TABLE retention_review (
    id           UUID          NOT NULL PRIMARY KEY,
    record_type  VARCHAR(20)   NOT NULL,
    record_id    UUID          NOT NULL,
    reviewed_ms  BIGINT        NOT NULL,
    reviewed_by  VARCHAR(80)   NOT NULL,
    reason       VARCHAR(1000) NOT NULL,
    next_review  DATE          NOT NULL
);
CREATE INDEX retention_review_record ON retention_review (record_type, record_id, reviewed_ms);
