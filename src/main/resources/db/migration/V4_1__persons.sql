-- Persons: person records (own, and partners' received with a wanted notice), their names and identity
-- documents, wanted notices with the copies shared with partners, and notice photos.
-- Ids are UUIDs: a record shared with a partner keeps its id on the partner's node.
-- Child tables use Spring Data JDBC's derived names: the parent table's name as the back-reference
-- (person, wanted_notice) and <parent>_key as the list index, so no name needs quoting on either database.
CREATE TABLE person (
    id              UUID          NOT NULL PRIMARY KEY,
    origin_agency   VARCHAR(20)   NOT NULL,
    own             BOOLEAN       NOT NULL,
    sex             VARCHAR(10)   NOT NULL,
    birth_precision VARCHAR(20),
    birth_year      INT,
    birth_month     INT,
    birth_day       INT,
    nationality     CHAR(3),
    search_key      VARCHAR(8000) NOT NULL,
    created_by      VARCHAR(80)   NOT NULL,
    created_ms      BIGINT        NOT NULL,
    updated_ms      BIGINT        NOT NULL,
    version         INT           NOT NULL
);
CREATE INDEX person_updated ON person (updated_ms);

CREATE TABLE person_name (
    person     UUID         NOT NULL REFERENCES person (id),
    person_key INT          NOT NULL,
    text       VARCHAR(200) NOT NULL,
    script     VARCHAR(20)  NOT NULL,
    kind       VARCHAR(20)  NOT NULL,
    PRIMARY KEY (person, person_key)
);

CREATE TABLE identity_document (
    person           UUID        NOT NULL REFERENCES person (id),
    person_key       INT         NOT NULL,
    type             VARCHAR(20) NOT NULL,
    number           VARCHAR(40) NOT NULL,
    issuing_country  CHAR(3)     NOT NULL,
    PRIMARY KEY (person, person_key)
);
CREATE INDEX identity_document_number ON identity_document (number);

CREATE TABLE wanted_notice (
    id                 UUID          NOT NULL PRIMARY KEY,
    person_id          UUID          NOT NULL REFERENCES person (id),
    origin_agency      VARCHAR(20)   NOT NULL,
    own                BOOLEAN       NOT NULL,
    charges            VARCHAR(4000) NOT NULL,
    crime_area         VARCHAR(30)   NOT NULL,
    issuing_authority  VARCHAR(300)  NOT NULL,
    warrant_reference  VARCHAR(100)  NOT NULL,
    danger_warnings    VARCHAR(2000) NOT NULL,
    handling_code      VARCHAR(40)   NOT NULL,
    status             VARCHAR(20)   NOT NULL,
    status_reason      VARCHAR(1000) NOT NULL,
    issued_ms          BIGINT        NOT NULL,
    issued_by          VARCHAR(80)   NOT NULL,
    closed_ms          BIGINT        NOT NULL,
    closed_by          VARCHAR(80)   NOT NULL,
    received_ms        BIGINT        NOT NULL,
    received_message   UUID,
    photo_type         VARCHAR(20),
    photo_withheld     BOOLEAN       NOT NULL,
    version            INT           NOT NULL
);
CREATE INDEX wanted_notice_issued ON wanted_notice (issued_ms);
CREATE INDEX wanted_notice_person ON wanted_notice (person_id);

CREATE TABLE wanted_notice_share (
    wanted_notice      UUID        NOT NULL REFERENCES wanted_notice (id),
    wanted_notice_key  INT         NOT NULL,
    agency      VARCHAR(20) NOT NULL,
    message_id  UUID,
    shared_by   VARCHAR(80) NOT NULL,
    shared_ms   BIGINT      NOT NULL,
    PRIMARY KEY (wanted_notice, wanted_notice_key),
    CONSTRAINT wanted_notice_share_once UNIQUE (wanted_notice, agency)
);

-- Kept apart so that lists never load image bytes.
CREATE TABLE wanted_notice_photo (
    notice_id     UUID        NOT NULL PRIMARY KEY REFERENCES wanted_notice (id),
    content_type  VARCHAR(20) NOT NULL,
    bytes         BYTEA       NOT NULL
);
