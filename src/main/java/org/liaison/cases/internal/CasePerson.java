package org.liaison.cases.internal;

import java.util.UUID;

/**
 * A person linked to a case. The person record stays with the agency that keeps it ({@code heldBy}); the names
 * travel with the case so that a partner without the record still sees who it is.
 *
 * @param names the record's names in its own order, joined by {@code " · "}
 */
public record CasePerson(UUID personId, String heldBy, PersonRole role, String names, String linkedBy, long linkedMs) {
}
