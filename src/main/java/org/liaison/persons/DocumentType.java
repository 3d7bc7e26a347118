package org.liaison.persons;

/** The identity documents a person record can carry. */
public enum DocumentType {
    /** Vietnamese 12-digit citizen identity number (Căn cước công dân, CCCD); issued by VNM. */
    VN_CITIZEN_ID("VNM"),
    /** Chinese 18-character resident identity number (居民身份证号码, GB 11643); issued by CHN. */
    CN_RESIDENT_ID("CHN"),
    /** A passport of any country; the number's format is the issuing country's. */
    PASSPORT(null);

    private final String issuer;

    DocumentType(String issuer) {
        this.issuer = issuer;
    }

    /** The ISO 3166 alpha-3 code of the one country that issues this document, or null when any country may. */
    public String fixedIssuer() {
        return issuer;
    }
}
