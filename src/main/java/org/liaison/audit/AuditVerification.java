package org.liaison.audit;

/**
 * The outcome of {@link AuditLog#verify()}.
 *
 * @param rowsChecked    how many rows were read
 * @param firstBrokenSeq sequence number of the first row that does not fit the chain, or -1
 * @param reason         why that row is broken, or empty when intact
 */
public record AuditVerification(long rowsChecked, long firstBrokenSeq, String reason) {

    public boolean intact() {
        return firstBrokenSeq < 0;
    }

    public String describe() {
        return intact()
                ? "audit log intact: " + rowsChecked + " rows verified"
                : "audit log BROKEN at row " + firstBrokenSeq + ": " + reason + " (" + rowsChecked + " rows read)";
    }
}
