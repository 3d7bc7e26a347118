package org.liaison.engagements.internal;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.liaison.engagements.EngagementKind;

/**
 * A signed agreement: a coordination regulation or a memorandum, with its title in Vietnamese and Chinese, its
 * parties and signatories, when and where it was signed, how long it is in force, and its clauses. A clause may
 * carry a {@link Commitment} that the system holds the sides to.
 *
 * @param effectiveUntil the last day in force, or null while it has no end
 */
public record Agreement(AgreementKind type, String titleVi, String titleZh, LocalDate signedOn, String signedPlace,
                 LocalDate effectiveFrom, LocalDate effectiveUntil, List<Party> parties, List<Participant> signatories,
                 List<Clause> clauses) implements Details {

    public Agreement {
        parties = List.copyOf(parties);
        signatories = List.copyOf(signatories);
        clauses = List.copyOf(clauses);
    }

    public enum AgreementKind {
        COORDINATION_REGULATION,
        MEMORANDUM
    }

    /** @param unit the party's unit (e.g. its Border Liaison Office); may be empty for the agency as a whole */
    public record Party(String agency, String unit) {

        AgreementDraft.PartyDraft toDraft() {
            return new AgreementDraft.PartyDraft(agency, unit);
        }
    }

    /** @param commitment what the clause binds the sides to, or null for a clause the system does not enforce */
    public record Clause(int number, String textVi, String textZh, Commitment commitment) {

        AgreementDraft.ClauseDraft toDraft() {
            return commitment == null
                    ? new AgreementDraft.ClauseDraft(String.valueOf(number), textVi, textZh, "", "", "")
                    : new AgreementDraft.ClauseDraft(String.valueOf(number), textVi, textZh, commitment.kind().name(),
                            String.valueOf(commitment.amount()), commitment.answeringAgency());
        }
    }

    /** The reply times a clause can set. */
    public enum CommitmentKind {
        /** Answer a request within N days. */
        REPLY_DAYS,
        /** Answer an urgent request within N hours. */
        URGENT_REPLY_HOURS
    }

    /**
     * @param answeringAgency the one party the clause binds to answer, or empty when it binds every party (both
     *                        directions)
     */
    public record Commitment(CommitmentKind kind, int amount, String answeringAgency) {

        Duration within() {
            return kind == CommitmentKind.REPLY_DAYS ? Duration.ofDays(amount) : Duration.ofHours(amount);
        }

        boolean binds(String answering) {
            return answeringAgency.isEmpty() || answeringAgency.equals(answering);
        }
    }

    @Override
    public EngagementKind kind() {
        return EngagementKind.AGREEMENT;
    }

    @Override
    public LocalDate dated() {
        return signedOn;
    }


    @Override
    public AgreementDraft toDraft() {
        return new AgreementDraft(type.name(), titleVi, titleZh, signedOn.toString(), signedPlace,
                effectiveFrom.toString(), effectiveUntil == null ? "" : effectiveUntil.toString(),
                parties.stream().map(Party::toDraft).toList(), signatories.stream().map(Participant::toDraft).toList(),
                clauses.stream().map(Clause::toDraft).toList());
    }

    /** The agencies that are parties (an agency with two units counts once). */
    public Set<String> partyAgencies() {
        Set<String> agencies = new TreeSet<>();
        parties.forEach(p -> agencies.add(p.agency()));
        return agencies;
    }

    boolean inForceOn(LocalDate day) {
        return !day.isBefore(effectiveFrom) && (effectiveUntil == null || !day.isAfter(effectiveUntil));
    }
}
