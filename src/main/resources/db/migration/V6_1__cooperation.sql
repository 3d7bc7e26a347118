-- Cooperation: information reports and requests exchanged between counterpart units, the entries of their threads
-- (notes, acknowledgements, replies, refusals, and this side's own assignments and forwards), attachments (arriving
-- in parts), linked persons, forwards and in-app notifications.
-- Report, request, entry and attachment ids are UUIDs, the same on both nodes. Units are named by agency and code
-- across the border (unit ids differ between nodes); own_unit_id is this node's id of the own side's unit.
CREATE TABLE information_report (
    id                 UUID          NOT NULL PRIMARY KEY,
    origin_agency      VARCHAR(20)   NOT NULL,
    own                BOOLEAN       NOT NULL,
    sender_unit        VARCHAR(40)   NOT NULL,
    recipient_agency   VARCHAR(20)   NOT NULL,
    recipient_unit     VARCHAR(40)   NOT NULL,
    own_unit_id        BIGINT,
    title              VARCHAR(300)  NOT NULL,
    body               VARCHAR(20000) NOT NULL,
    lang               VARCHAR(10)   NOT NULL,
    crime_area         VARCHAR(30)   NOT NULL,
    place_agency       VARCHAR(20),
    place_unit         VARCHAR(40),
    gate               VARCHAR(40),
    place_text         VARCHAR(300)  NOT NULL,
    facts_on           DATE          NOT NULL,
    facts_at           TIME,
    reliability        VARCHAR(1)    NOT NULL,
    accuracy           VARCHAR(20)   NOT NULL,
    conditions         VARCHAR(200)  NOT NULL,
    other_conditions   VARCHAR(2000) NOT NULL,
    author_name        VARCHAR(200)  NOT NULL,
    created_by         VARCHAR(80)   NOT NULL,
    sent_ms            BIGINT        NOT NULL,
    received_ms        BIGINT        NOT NULL,
    message_id         UUID,
    assigned_to        VARCHAR(80)   NOT NULL,
    version            INT           NOT NULL
);
CREATE INDEX information_report_sent ON information_report (sent_ms);

CREATE TABLE cooperation_request (
    id                 UUID          NOT NULL PRIMARY KEY,
    requesting_agency  VARCHAR(20)   NOT NULL,
    own                BOOLEAN       NOT NULL,
    requesting_unit    VARCHAR(40)   NOT NULL,
    answering_agency   VARCHAR(20)   NOT NULL,
    answering_unit     VARCHAR(40)   NOT NULL,
    own_unit_id        BIGINT,
    type               VARCHAR(30)   NOT NULL,
    title              VARCHAR(300)  NOT NULL,
    body               VARCHAR(20000) NOT NULL,
    urgency            VARCHAR(10)   NOT NULL,
    deadline_ms        BIGINT        NOT NULL,
    deadline_source    VARCHAR(300)  NOT NULL,
    wanted_notice      UUID,
    related_report     UUID,
    related_title      VARCHAR(300)  NOT NULL,
    status             VARCHAR(30)   NOT NULL,
    status_ms          BIGINT        NOT NULL,
    answered_late      BOOLEAN       NOT NULL,
    author_name        VARCHAR(200)  NOT NULL,
    created_by         VARCHAR(80)   NOT NULL,
    sent_ms            BIGINT        NOT NULL,
    received_ms        BIGINT        NOT NULL,
    message_id         UUID,
    assigned_to        VARCHAR(80)   NOT NULL,
    version            INT           NOT NULL
);
CREATE INDEX cooperation_request_deadline ON cooperation_request (status, deadline_ms);

-- One line per event in a thread. Entries that crossed have the same id on both nodes; local ones
-- (assigned, forwarded) stay on the node that made them.
CREATE TABLE thread_entry (
    id             UUID          NOT NULL PRIMARY KEY,
    thread         UUID          NOT NULL,
    kind           VARCHAR(20)   NOT NULL,
    agency         VARCHAR(20)   NOT NULL,
    actor_name     VARCHAR(200)  NOT NULL,
    actor          VARCHAR(80)   NOT NULL,
    text           VARCHAR(20000) NOT NULL,
    at_ms          BIGINT        NOT NULL,
    late           BOOLEAN       NOT NULL,
    local_only     BOOLEAN       NOT NULL,
    message_id     UUID,
    version        INT           NOT NULL
);
CREATE INDEX thread_entry_thread ON thread_entry (thread, at_ms);

CREATE TABLE linked_person (
    thread       UUID          NOT NULL,
    ordinal     INT           NOT NULL,
    person_id    UUID          NOT NULL,
    label        VARCHAR(1000) NOT NULL,
    PRIMARY KEY (thread, ordinal)
);
CREATE INDEX linked_person_person ON linked_person (person_id);

CREATE TABLE report_forward (
    report_id     UUID         NOT NULL REFERENCES information_report (id),
    unit_id       BIGINT       NOT NULL,
    forwarded_by  VARCHAR(80)  NOT NULL,
    forwarded_ms  BIGINT       NOT NULL,
    PRIMARY KEY (report_id, unit_id)
);

-- owner: the report, request or entry the file belongs to; thread: the report or request it is shown in.
-- bytes stay null until every part has arrived.
CREATE TABLE cooperation_attachment (
    id              UUID          NOT NULL PRIMARY KEY,
    owner_id        UUID          NOT NULL,
    thread          UUID          NOT NULL,
    ordinal        INT           NOT NULL,
    file_name       VARCHAR(200)  NOT NULL,
    content_type    VARCHAR(100)  NOT NULL,
    size_bytes      BIGINT        NOT NULL,
    sha256          VARCHAR(64)   NOT NULL,
    parts           INT           NOT NULL,
    bytes           BYTEA
);
CREATE INDEX cooperation_attachment_owner ON cooperation_attachment (owner_id, ordinal);

-- A part may arrive before the item that announces its attachment (when the item waits for a four-eyes release
-- and its parts do not), so parts do not reference the attachment.
CREATE TABLE cooperation_attachment_part (
    attachment_id  UUID     NOT NULL,
    part           INT      NOT NULL,
    bytes          BYTEA    NOT NULL,
    PRIMARY KEY (attachment_id, part)
);

CREATE TABLE cooperation_notification (
    id            BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
    recipient     VARCHAR(80)   NOT NULL,
    kind          VARCHAR(30)   NOT NULL,
    thread        UUID          NOT NULL,
    is_request    BOOLEAN       NOT NULL,
    title         VARCHAR(300)  NOT NULL,
    from_agency   VARCHAR(20)   NOT NULL,
    created_ms    BIGINT        NOT NULL,
    read_ms       BIGINT        NOT NULL
);
CREATE INDEX cooperation_notification_recipient ON cooperation_notification (recipient, read_ms);
