-- Persons: tombstones of person records expired under the retention rules. Only the id, the record type and when
-- and by whom it expired are kept; the names, birth date and documents were deleted with the record.
CREATE TABLE person_expired (
    id           UUID         NOT NULL PRIMARY KEY,
    record_type  VARCHAR(20)  NOT NULL,
    expired_ms   BIGINT       NOT NULL,
    expired_by   VARCHAR(80)  NOT NULL
);
