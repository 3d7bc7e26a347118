package org.liaison.cooperation.internal;

import java.util.UUID;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;

/**
 * One line of a report's or request's thread: a note, an acknowledgement, a reply, a refusal, or this side's own
 * assignment or forward ({@code localOnly}, never sent).
 *
 * @param thread    the report's or request's id
 * @param agency    the agency whose officer made the entry
 * @param actor     the user name on this node, or empty for an entry made on the partner's node
 * @param late      a reply made after the request's deadline
 * @param messageId the exchange message that carried it (sent or received), or null
 */
record ThreadEntry(@Id UUID id, UUID thread, EntryKind kind, String agency, String actorName, String actor,
                   String text, long atMs, boolean late, boolean localOnly, UUID messageId, @Version Integer version) {
}
