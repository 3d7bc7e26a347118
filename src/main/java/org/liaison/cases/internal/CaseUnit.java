package org.liaison.cases.internal;

import java.util.Objects;

/**
 * A unit taking part in a case, known by its agency and its code in the directory (ids differ between nodes,
 * codes do not). Written {@code VN-CB/CB-PC04} in forms and the API.
 */
public record CaseUnit(String agency, String code) {

    public CaseUnit {
        Objects.requireNonNull(agency, "agency");
        Objects.requireNonNull(code, "code");
    }

    /** The unit a {@code AGENCY/CODE} text names, or null when the text has another shape. */
    static CaseUnit parse(String text) {
        int slash = text == null ? -1 : text.indexOf('/');
        if (slash <= 0 || slash == text.length() - 1) {
            return null;
        }
        return new CaseUnit(text.substring(0, slash).strip(), text.substring(slash + 1).strip());
    }

    @Override
    public String toString() {
        return agency + "/" + code;
    }
}
