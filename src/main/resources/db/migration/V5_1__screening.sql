-- Screening: the hits found when a partner's wanted notice is screened against the own persons (or an own person
-- against the partners' notices), the officers' reviews of them, and partners' confirmations of hits on the own
-- notices. No foreign keys into the persons tables: the modules meet through ids only.
-- Child tables use Spring Data JDBC's derived names (see V4_1).
CREATE TABLE screening_hit (
    id                    UUID             NOT NULL PRIMARY KEY,
    notice_id             UUID             NOT NULL,
    notice_person_id      UUID             NOT NULL,
    notice_agency         VARCHAR(20)      NOT NULL,
    notice_active         BOOLEAN          NOT NULL,
    person_id             UUID             NOT NULL,
    score                 DOUBLE PRECISION NOT NULL,
    notice_name           VARCHAR(200)     NOT NULL,
    person_name           VARCHAR(200)     NOT NULL,
    status                VARCHAR(12)      NOT NULL,
    found_ms              BIGINT           NOT NULL,
    found_by              VARCHAR(80)      NOT NULL,
    reviewed_by           VARCHAR(80)      NOT NULL,
    reviewer_name         VARCHAR(200)     NOT NULL,
    reviewed_ms           BIGINT           NOT NULL,
    review_note           VARCHAR(1000)    NOT NULL,
    confirmation_message  UUID,
    version               INT              NOT NULL,
    CONSTRAINT screening_hit_once UNIQUE (notice_id, person_id)
);
CREATE INDEX screening_hit_status ON screening_hit (status, found_ms);
CREATE INDEX screening_hit_person ON screening_hit (person_id);

-- One line of the explanation; left is the notice's side, right the own record's.
CREATE TABLE screening_hit_line (
    screening_hit      UUID         NOT NULL REFERENCES screening_hit (id),
    screening_hit_key  INT          NOT NULL,
    kind               VARCHAR(30)  NOT NULL,
    left_part          VARCHAR(200) NOT NULL,
    right_part         VARCHAR(200) NOT NULL,
    detail             VARCHAR(200) NOT NULL,
    PRIMARY KEY (screening_hit, screening_hit_key)
);

-- A partner agency confirmed that a person in its records is the one an own notice seeks. The id is the
-- partner's hit id. The particulars are what the partner chose to share (none when withheld).
CREATE TABLE partner_confirmation (
    id               UUID             NOT NULL PRIMARY KEY,
    notice_id        UUID             NOT NULL,
    agency           VARCHAR(20)      NOT NULL,
    officer          VARCHAR(80)      NOT NULL,
    officer_name     VARCHAR(200)     NOT NULL,
    confirmed_ms     BIGINT           NOT NULL,
    note             VARCHAR(1000)    NOT NULL,
    score            DOUBLE PRECISION NOT NULL,
    withheld         BOOLEAN          NOT NULL,
    sex              VARCHAR(10),
    birth_precision  VARCHAR(20),
    birth_year       INT,
    birth_month      INT,
    birth_day        INT,
    nationality      CHAR(3),
    received_ms      BIGINT           NOT NULL,
    message_id       UUID,
    noted_by         VARCHAR(80)      NOT NULL,
    noted_ms         BIGINT           NOT NULL,
    version          INT              NOT NULL
);
CREATE INDEX partner_confirmation_notice ON partner_confirmation (notice_id);

CREATE TABLE partner_confirmation_name (
    partner_confirmation      UUID         NOT NULL REFERENCES partner_confirmation (id),
    partner_confirmation_key  INT          NOT NULL,
    text                      VARCHAR(200) NOT NULL,
    script                    VARCHAR(20)  NOT NULL,
    kind                      VARCHAR(20)  NOT NULL,
    PRIMARY KEY (partner_confirmation, partner_confirmation_key)
);

CREATE TABLE partner_confirmation_line (
    partner_confirmation      UUID         NOT NULL REFERENCES partner_confirmation (id),
    partner_confirmation_key  INT          NOT NULL,
    kind                      VARCHAR(30)  NOT NULL,
    left_part                 VARCHAR(200) NOT NULL,
    right_part                VARCHAR(200) NOT NULL,
    detail                    VARCHAR(200) NOT NULL,
    PRIMARY KEY (partner_confirmation, partner_confirmation_key)
);
