package org.liaison.cases.internal;

import java.util.List;

/**
 * A case's core as typed in a form or sent to the API, not yet checked.
 *
 * @param status null when a case is opened (it opens as OPEN)
 * @param units  {@code AGENCY/CODE} of each participating unit
 */
public record CaseDraft(String crimeArea, String titleVi, String titleZh, String summary, String status,
                        List<String> units) {

    public CaseDraft {
        units = units == null ? List.of() : units;
    }
}
