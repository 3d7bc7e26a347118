-- Handovers: one shared record per fugitive handover, the same on both nodes (same id), with its history, chain of
-- custody, the links to the request or case it serves, and each side's signed confirmation of the execution.
-- Child tables use Spring Data JDBC's derived names (back-reference "handover", list index "handover_key").
CREATE TABLE handover (
    id                      UUID          NOT NULL PRIMARY KEY,
    requesting_agency       VARCHAR(20)   NOT NULL,
    holding_agency          VARCHAR(20)   NOT NULL,
    notice_id               UUID          NOT NULL,
    person_id               UUID          NOT NULL,
    grounds                 VARCHAR(2000) NOT NULL,
    status                  VARCHAR(20)   NOT NULL,
    requested_ms            BIGINT        NOT NULL,
    requested_by            VARCHAR(200)  NOT NULL,
    located_on              DATE,
    located_place           VARCHAR(300),
    located_note            VARCHAR(2000),
    detained_on             DATE,
    detained_place          VARCHAR(300),
    detained_authority      VARCHAR(300),
    proposed_gate_code      VARCHAR(40),
    proposed_scheduled_ms   BIGINT,
    proposed_escorts_requesting VARCHAR(2000),
    proposed_escorts_holding    VARCHAR(2000),
    proposed_items          VARCHAR(4000),
    agreed_requesting       BOOLEAN       NOT NULL,
    agreed_holding          BOOLEAN       NOT NULL,
    executed_ms             BIGINT        NOT NULL,
    closed_ms               BIGINT        NOT NULL,
    end_reason              VARCHAR(1000) NOT NULL,
    updated_ms              BIGINT        NOT NULL,
    version                 INT           NOT NULL
);
CREATE INDEX handover_requested ON handover (requested_ms);
CREATE INDEX handover_executed ON handover (executed_ms);
CREATE INDEX handover_notice ON handover (notice_id);

CREATE TABLE handover_link (
    handover      UUID         NOT NULL REFERENCES handover (id),
    handover_key  INT          NOT NULL,
    kind          VARCHAR(20)  NOT NULL,
    ref           VARCHAR(100) NOT NULL,
    PRIMARY KEY (handover, handover_key)
);

CREATE TABLE handover_step (
    handover      UUID          NOT NULL REFERENCES handover (id),
    handover_key  INT           NOT NULL,
    stage         VARCHAR(20)   NOT NULL,
    agency        VARCHAR(20)   NOT NULL,
    officer       VARCHAR(200)  NOT NULL,
    at_ms         BIGINT        NOT NULL,
    note          VARCHAR(1000) NOT NULL,
    PRIMARY KEY (handover, handover_key)
);

CREATE TABLE custody_entry (
    handover      UUID          NOT NULL REFERENCES handover (id),
    handover_key  INT           NOT NULL,
    at_ms         BIGINT        NOT NULL,
    place         VARCHAR(300)  NOT NULL,
    officer       VARCHAR(1000) NOT NULL,
    from_party    VARCHAR(300)  NOT NULL,
    to_party      VARCHAR(300)  NOT NULL,
    note          VARCHAR(1000) NOT NULL,
    agency        VARCHAR(20)   NOT NULL,
    PRIMARY KEY (handover, handover_key)
);

CREATE TABLE handover_confirmation (
    handover        UUID          NOT NULL REFERENCES handover (id),
    handover_key    INT           NOT NULL,
    agency          VARCHAR(20)   NOT NULL,
    side            VARCHAR(20)   NOT NULL,
    executed_ms     BIGINT        NOT NULL,
    officers        VARCHAR(2000) NOT NULL,
    documents_seen  VARCHAR(2000) NOT NULL,
    photo_check     VARCHAR(20)   NOT NULL,
    condition_note  VARCHAR(2000) NOT NULL,
    items           VARCHAR(4000) NOT NULL,
    recorded_by     VARCHAR(200)  NOT NULL,
    recorded_ms     BIGINT        NOT NULL,
    signature       VARCHAR(1000) NOT NULL,
    PRIMARY KEY (handover, handover_key),
    CONSTRAINT handover_confirmation_once UNIQUE (handover, side)
);
