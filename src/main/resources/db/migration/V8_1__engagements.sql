-- Engagements: joint records of talks, visits, training courses and agreements. Both nodes hold each record
-- under the same id: the recording side's own, the partner's copy. What a record says ("details") is kept as the
-- JSON both nodes exchange, because a correction is another version of it; the columns beside it are what lists,
-- periods and the joint status are looked up by.
CREATE TABLE engagement (
    id                UUID            NOT NULL PRIMARY KEY,
    kind              VARCHAR(20)     NOT NULL,
    recording_agency  VARCHAR(20)     NOT NULL,
    partner_agency    VARCHAR(20)     NOT NULL,
    own               BOOLEAN         NOT NULL,
    dated             DATE            NOT NULL,
    details           VARCHAR(1000000) NOT NULL,
    revision          INT             NOT NULL,
    status            VARCHAR(30)     NOT NULL,
    recorded_by       VARCHAR(300)    NOT NULL,
    recorded_ms       BIGINT          NOT NULL,
    received_ms       BIGINT          NOT NULL,
    status_by         VARCHAR(1000)   NOT NULL,
    status_ms         BIGINT          NOT NULL,
    status_note       VARCHAR(1000)   NOT NULL,
    correction        VARCHAR(1000000),
    correction_note   VARCHAR(1000)   NOT NULL,
    correction_by     VARCHAR(1000)   NOT NULL,
    correction_ms     BIGINT          NOT NULL,
    version           INT             NOT NULL
);
CREATE INDEX engagement_dated ON engagement (dated);
CREATE INDEX engagement_kind_dated ON engagement (kind, dated);

-- How each action item of talks stands; the items themselves are part of the talks' details.
CREATE TABLE action_item_progress (
    id              UUID          NOT NULL PRIMARY KEY,
    talks_id        UUID          NOT NULL REFERENCES engagement (id),
    status          VARCHAR(20)   NOT NULL,
    note            VARCHAR(1000) NOT NULL,
    updated_by      VARCHAR(1000) NOT NULL,
    updated_ms      BIGINT        NOT NULL,
    followed_up_in  UUID          REFERENCES engagement (id),
    version         INT           NOT NULL
);
CREATE INDEX action_item_progress_talks ON action_item_progress (talks_id);
CREATE INDEX action_item_progress_followed_up ON action_item_progress (followed_up_in);

-- An agreement's signed text (PDF), kept on the node that attached it; apart, so that lists never load it.
CREATE TABLE signed_text (
    agreement_id  UUID         NOT NULL PRIMARY KEY REFERENCES engagement (id),
    file_name     VARCHAR(210) NOT NULL,
    size_bytes    BIGINT       NOT NULL,
    sha256        CHAR(64)     NOT NULL,
    bytes         BYTEA        NOT NULL,
    attached_by   VARCHAR(300) NOT NULL,
    attached_ms   BIGINT       NOT NULL
);
