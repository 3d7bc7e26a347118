-- Append-only, hash-chained audit log. audit_head holds the chain's tip; appenders lock it (FOR UPDATE)
-- so rows are chained in one order even with several node instances on one database.
CREATE TABLE audit_event (
    seq          BIGINT        NOT NULL PRIMARY KEY,
    at_ms        BIGINT        NOT NULL,
    actor        VARCHAR(200)  NOT NULL,
    agency       VARCHAR(20)   NOT NULL,
    action       VARCHAR(40)   NOT NULL,
    record_type  VARCHAR(60)   NOT NULL,
    record_id    VARCHAR(200)  NOT NULL,
    remote_addr  VARCHAR(100)  NOT NULL,
    detail       VARCHAR(2000) NOT NULL,
    prev_hash    VARCHAR(64)   NOT NULL,
    hash         VARCHAR(64)   NOT NULL
);
CREATE INDEX audit_event_actor ON audit_event (actor);
CREATE INDEX audit_event_record ON audit_event (record_type, record_id);
CREATE INDEX audit_event_at ON audit_event (at_ms);

CREATE TABLE audit_head (
    id        INT         NOT NULL PRIMARY KEY,
    last_seq  BIGINT      NOT NULL,
    last_hash VARCHAR(64) NOT NULL
);
INSERT INTO audit_head (id, last_seq, last_hash) VALUES (1, 0, '0000000000000000000000000000000000000000000000000000000000000000');
