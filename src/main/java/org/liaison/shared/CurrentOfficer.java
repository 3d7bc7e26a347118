package org.liaison.shared;

import java.io.Serial;
import java.io.Serializable;
import java.util.Set;

/**
 * The logged-in officer as every module sees it: who, which agency and unit, which roles.
 *
 * @param roles role names without prefix: OFFICER, SUPERVISOR, ADMIN, AUDITOR
 */
public record CurrentOfficer(long id, String username, String fullName, String agency, Long unitId,
                             Set<String> roles) implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    public boolean has(String role) {
        return roles.contains(role);
    }
}
