package org.liaison.handovers.internal;

/**
 * What officers type for each stage, as text, exactly as the forms and the JSON API send it; the service checks
 * it whole and names the field of every problem. Dates are {@code yyyy-MM-dd}, times {@code HH:mm} in the node's
 * time zone; lists (officers, items) one entry per line.
 */
public final class HandoverDrafts {

    private HandoverDrafts() {
    }

    /**
     * @param notice           the own agency's wanted notice (id), shared with {@code holdingAgency}
     * @param requestReference optional id of the request to locate and arrest (module cooperation)
     * @param caseReference    optional id of the joint case (module cases)
     */
    public record RequestDraft(String notice, String holdingAgency, String grounds, String requestReference,
                               String caseReference) {
    }

    public record LocatedDraft(String date, String place, String note) {
    }

    /** @param time optional */
    public record DetentionDraft(String date, String time, String place, String authority) {
    }

    public record ProposalDraft(String gate, String date, String time, String escortsRequesting,
                                String escortsHolding, String items) {
    }

    /** @param photoCheck MATCHES, DOES_NOT_MATCH or NO_PHOTO */
    public record ConfirmationDraft(String date, String time, String officers, String documentsSeen,
                                    String photoCheck, String condition, String items) {
    }

    public record ReasonDraft(String reason) {
    }

    /** @param from who hands the person on (agency code or free text); {@code to} who takes them */
    public record CustodyDraft(String date, String time, String place, String officer, String from, String to,
                               String note) {
    }
}
