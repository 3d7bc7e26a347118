package org.liaison.engagements.internal;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.liaison.engagements.internal.Agreement.Clause;
import org.liaison.engagements.internal.Agreement.CommitmentKind;

/**
 * Which clause sets the reply time of a request, from the agreements a node holds:
 * <ol>
 *   <li>Only agreements in force on the day the request is sent count (from the first effective day to the last,
 *       both included), and only those both agencies are parties to.</li>
 *   <li>Only clauses that bind the answering agency count: a clause that names an answering agency binds that
 *       agency alone; a clause that names none binds every party (both directions).</li>
 *   <li>An urgent request takes an urgent-reply clause (hours) when any agreement has one that binds the answering
 *       agency, else an ordinary reply clause (days): an urgent request is still a request. An ordinary request
 *       takes only ordinary reply clauses.</li>
 *   <li>Among the agreements with such a clause, the most specific wins: the one with the fewest party agencies
 *       (a bilateral regulation before a regional memorandum); then the most recent: the latest signing day, then
 *       the latest first effective day.</li>
 *   <li>Within that agreement, a clause that names the answering agency wins over one that binds both ways; then
 *       the lowest clause number. (An agreement cannot hold the same commitment twice for the same direction:
 *       {@link RecordPolicy} refuses it.)</li>
 * </ol>
 */
final class CommitmentRule {

    /** An agreement this node holds, with its record id. */
    record Held(UUID id, Agreement agreement) {
    }

    /** The clause that applies, and its agreement. */
    record Applies(UUID agreementId, Agreement agreement, Clause clause) {
    }

    private static final Comparator<Held> MOST_SPECIFIC_THEN_RECENT =
            Comparator.<Held>comparingInt(h -> h.agreement().partyAgencies().size())
                    .thenComparing(h -> h.agreement().signedOn(), Comparator.reverseOrder())
                    .thenComparing(h -> h.agreement().effectiveFrom(), Comparator.reverseOrder())
                    .thenComparing(Held::id);

    private CommitmentRule() {
    }

    static Optional<Applies> apply(List<Held> held, String requesting, String answering, boolean urgent, LocalDate on) {
        if (requesting.equals(answering)) {
            return Optional.empty();
        }
        List<Held> inForce = held.stream()
                .filter(h -> h.agreement().inForceOn(on))
                .filter(h -> h.agreement().partyAgencies().containsAll(List.of(requesting, answering)))
                .sorted(MOST_SPECIFIC_THEN_RECENT)
                .toList();
        List<CommitmentKind> wanted = urgent
                ? List.of(CommitmentKind.URGENT_REPLY_HOURS, CommitmentKind.REPLY_DAYS)
                : List.of(CommitmentKind.REPLY_DAYS);
        for (CommitmentKind kind : wanted) {
            for (Held h : inForce) {
                Optional<Clause> clause = clause(h.agreement(), kind, answering);
                if (clause.isPresent()) {
                    return Optional.of(new Applies(h.id(), h.agreement(), clause.get()));
                }
            }
        }
        return Optional.empty();
    }

    private static Optional<Clause> clause(Agreement agreement, CommitmentKind kind, String answering) {
        return agreement.clauses().stream()
                .filter(c -> c.commitment() != null && c.commitment().kind() == kind && c.commitment().binds(answering))
                .min(Comparator.<Clause>comparingInt(c -> c.commitment().answeringAgency().isEmpty() ? 1 : 0)
                        .thenComparingInt(Clause::number));
    }
}
