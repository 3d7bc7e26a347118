package org.liaison.persons.internal;

/**
 * A wanted notice as an officer filled it in, not yet checked.
 *
 * @param personId the own agency's person record the notice is about (a UUID as text)
 * @param photo    the uploaded photo's bytes, or null / empty for none
 */
public record NoticeDraft(String personId, String charges, String crimeArea, String issuingAuthority,
                          String warrantReference, String dangerWarnings, String handlingCode, byte[] photo) {
}
