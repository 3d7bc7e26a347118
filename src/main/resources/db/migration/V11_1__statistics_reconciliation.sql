-- Reconciliation of the cooperation statistics with a partner agency, per period (both days included).
-- The figures each side counted, as last exchanged: this node's own and the partner's, each with the ids of the
-- records behind every statistic (JSON), and a fingerprint of them, so that a later change shows.
CREATE TABLE reconciliation_figures (
    partner      VARCHAR(20)      NOT NULL,
    period_from  DATE             NOT NULL,
    period_to    DATE             NOT NULL,
    agency       VARCHAR(20)      NOT NULL,
    taken_ms     BIGINT           NOT NULL,
    received_ms  BIGINT           NOT NULL,
    fingerprint  VARCHAR(64)      NOT NULL,
    lines        VARCHAR(2000000) NOT NULL,
    PRIMARY KEY (partner, period_from, period_to, agency)
);

-- Each side's mark that the period is agreed, with the fingerprints of both sides' figures it was given on.
CREATE TABLE reconciliation_agreement (
    partner              VARCHAR(20)   NOT NULL,
    period_from          DATE          NOT NULL,
    period_to            DATE          NOT NULL,
    agency               VARCHAR(20)   NOT NULL,
    agreed_by            VARCHAR(100)  NOT NULL,
    agreed_by_name       VARCHAR(200)  NOT NULL,
    agreed_ms            BIGINT        NOT NULL,
    note                 VARCHAR(4000) NOT NULL,
    own_fingerprint      VARCHAR(64)   NOT NULL,
    partner_fingerprint  VARCHAR(64)   NOT NULL,
    PRIMARY KEY (partner, period_from, period_to, agency)
);
