-- Officers outside a report's unit a supervisor of that unit let read it in full (need to know).
CREATE TABLE report_need_to_know (
    report_id   UUID         NOT NULL REFERENCES information_report (id),
    username    VARCHAR(80)  NOT NULL,
    granted_by  VARCHAR(80)  NOT NULL,
    granted_ms  BIGINT       NOT NULL,
    PRIMARY KEY (report_id, username)
);
