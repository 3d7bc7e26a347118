package org.liaison.engagements.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.liaison.engagements.internal.Agreement.AgreementKind;
import org.liaison.engagements.internal.Agreement.Clause;
import org.liaison.engagements.internal.Agreement.Commitment;
import org.liaison.engagements.internal.Agreement.CommitmentKind;
import org.liaison.engagements.internal.Agreement.Party;
import org.liaison.engagements.internal.Draft.ParticipantDraft;
import org.liaison.engagements.internal.Talks.ActionItem;

/**
 * Checks a draft of any kind between two sides and turns it into details, or refuses it with every problem by
 * field. Forms, the API, records received from the partner and the demo seeds all pass here. Rows left entirely
 * blank in a form are skipped; problems keep the row's place in the form.
 */
final class RecordPolicy {

    static final int MAX_PLACE = 300;
    static final int MAX_NAME = 200;
    static final int MAX_UNIT = 300;
    static final int MAX_LONG_TEXT = 8000;
    static final int MAX_AGENDA = 4000;
    static final int MAX_PURPOSE = 2000;
    static final int MAX_TOPIC = 300;
    static final int MAX_TITLE = 500;
    static final int MAX_CLAUSE = 3000;
    static final int MAX_ITEM = 1000;
    static final int MAX_PEOPLE = 100;
    static final int MAX_TRAINEES = 300;
    static final int MAX_ITEMS = 50;
    static final int MAX_CLAUSES = 80;
    static final int MAX_PARTIES = 10;
    static final int MAX_REPLY_DAYS = 365;
    static final int MAX_URGENT_HOURS = 720;

    private RecordPolicy() {
    }

    static Details check(Draft draft, Sides sides) {
        Refusals r = new Refusals();
        Details details = read(draft, sides, r);
        r.throwIfAny();
        return details;
    }

    /** The details, or null when {@code r} has noted problems (together with any the caller noted before). */
    static Details read(Draft draft, Sides sides, Refusals r) {
        return switch (draft) {
            case TalksDraft t -> talks(t, sides, r);
            case VisitDraft v -> visit(v, sides, r);
            case TrainingDraft t -> training(t, sides, r);
            case AgreementDraft a -> agreement(a, sides, r);
        };
    }

    private static Talks talks(TalksDraft d, Sides sides, Refusals r) {
        TalksLevel level = r.choice("level", d.level(), TalksLevel.class);
        String host = r.side("hostAgency", d.hostAgency(), sides);
        LocalDate heldOn = r.date("heldOn", d.heldOn(), true);
        LocalDate endsOn = r.dateFrom("endsOn", d.endsOn(), false, heldOn);
        String place = r.text("place", d.place(), MAX_PLACE, true);
        String agenda = r.text("agenda", d.agenda(), MAX_AGENDA, true);
        List<Participant> delegates = people("delegates", d.delegates(), MAX_PEOPLE, sides, null, r);
        for (String side : sides.both()) {
            if (delegates != null && delegates.stream().noneMatch(p -> p.agency().equals(side))) {
                r.reject("delegates", "engagements.validation.delegationMissing", side);
            }
        }
        String outcomes = r.text("outcomes", d.outcomes(), MAX_LONG_TEXT, true);
        String shortcomings = r.text("shortcomings", d.shortcomings(), MAX_LONG_TEXT, false);
        String measures = r.text("measures", d.measures(), MAX_LONG_TEXT, false);
        String orientations = r.text("orientations", d.orientations(), MAX_LONG_TEXT, false);
        List<ActionItem> items = actionItems(d.actionItems(), sides, heldOn, r);
        if (r.any()) {
            return null;
        }
        return new Talks(level, host, heldOn, endsOn == null ? heldOn : endsOn, place, agenda, delegates, outcomes,
                shortcomings, measures, orientations, items);
    }

    private static List<ActionItem> actionItems(List<TalksDraft.ActionItemDraft> rows, Sides sides, LocalDate heldOn,
                                                Refusals r) {
        List<TalksDraft.ActionItemDraft> given = rows == null ? List.of() : rows;
        List<ActionItem> items = new ArrayList<>();
        if (!r.withinLimit("actionItems", given.size(), MAX_ITEMS)) {
            return items;
        }
        Set<UUID> ids = new HashSet<>();
        for (int i = 0; i < given.size(); i++) {
            TalksDraft.ActionItemDraft row = given.get(i);
            if (row == null || blank(row.text(), row.owner(), row.dueOn())) {
                continue;
            }
            String at = "actionItems[" + i + "].";
            UUID id = itemId(at + "id", row.id(), ids, r);
            String text = r.text(at + "text", row.text(), MAX_ITEM, true);
            String ownerAgency = r.side(at + "ownerAgency", row.ownerAgency(), sides);
            String owner = r.text(at + "owner", row.owner(), MAX_NAME, true);
            LocalDate due = r.dateFrom(at + "dueOn", row.dueOn(), true, heldOn);
            if (id != null && text != null && ownerAgency != null && owner != null && due != null) {
                items.add(new ActionItem(id, text, ownerAgency, owner, due));
            }
        }
        return items;
    }

    private static UUID itemId(String field, String value, Set<UUID> seen, Refusals r) {
        if (value == null || value.isBlank()) {
            return UUID.randomUUID();
        }
        try {
            UUID id = UUID.fromString(value.strip());
            if (!seen.add(id)) {
                r.reject(field, "engagements.validation.duplicateItem", id.toString());
                return null;
            }
            return id;
        } catch (IllegalArgumentException e) {
            r.reject(field, "engagements.validation.choice", value);
            return null;
        }
    }

    private static Visit visit(VisitDraft d, Sides sides, Refusals r) {
        String sending = r.side("sendingAgency", d.sendingAgency(), sides);
        String receiving = r.side("receivingAgency", d.receivingAgency(), sides);
        if (sending != null && sending.equals(receiving)) {
            r.reject("receivingAgency", "engagements.validation.sameSide", receiving);
        }
        LocalDate starts = r.date("startsOn", d.startsOn(), true);
        LocalDate ends = r.dateFrom("endsOn", d.endsOn(), true, starts);
        String place = r.text("place", d.place(), MAX_PLACE, true);
        String purpose = r.text("purpose", d.purpose(), MAX_PURPOSE, true);
        // the head and the members are of the sending side; while that is unknown, their rows are still checked
        String theirSide = sending == null ? "" : sending;
        ParticipantDraft headDraft = d.head() == null ? new ParticipantDraft(null, null, null, null) : d.head();
        Participant head = person("head.", headDraft, theirSide, r);
        List<Participant> members = people("members", d.members(), MAX_PEOPLE, sides, theirSide, r);
        if (r.any()) {
            return null;
        }
        return new Visit(sending, receiving, starts, ends, place, purpose, head, members);
    }

    private static TrainingCourse training(TrainingDraft d, Sides sides, Refusals r) {
        String host = r.side("hostAgency", d.hostAgency(), sides);
        String topic = r.text("topic", d.topic(), MAX_TOPIC, true);
        LocalDate starts = r.date("startsOn", d.startsOn(), true);
        LocalDate ends = r.dateFrom("endsOn", d.endsOn(), true, starts);
        String place = r.text("place", d.place(), MAX_PLACE, true);
        List<Participant> trainees = people("trainees", d.trainees(), MAX_TRAINEES, sides, null, r);
        if (trainees != null && trainees.isEmpty()) {
            r.reject("trainees", "engagements.validation.noTrainees");
        }
        if (r.any()) {
            return null;
        }
        return new TrainingCourse(host, topic, starts, ends, place, trainees);
    }

    private static Agreement agreement(AgreementDraft d, Sides sides, Refusals r) {
        AgreementKind type = r.choice("type", d.type(), AgreementKind.class);
        String titleVi = r.text("titleVi", d.titleVi(), MAX_TITLE, true);
        String titleZh = r.text("titleZh", d.titleZh(), MAX_TITLE, true);
        LocalDate signedOn = r.date("signedOn", d.signedOn(), true);
        String signedPlace = r.text("signedPlace", d.signedPlace(), MAX_PLACE, true);
        LocalDate from = r.date("effectiveFrom", d.effectiveFrom(), true);
        LocalDate until = r.dateFrom("effectiveUntil", d.effectiveUntil(), false, from);
        List<Party> parties = parties(d.parties(), sides, r);
        Set<String> partyAgencies = new HashSet<>();
        parties.forEach(p -> partyAgencies.add(p.agency()));
        List<Participant> signatories = new ArrayList<>();
        List<ParticipantDraft> signatoryRows = d.signatories() == null ? List.of() : d.signatories();
        if (r.withinLimit("signatories", signatoryRows.size(), MAX_PARTIES)) {
            for (int i = 0; i < signatoryRows.size(); i++) {
                ParticipantDraft row = signatoryRows.get(i);
                if (row == null || blank(row.name(), row.rankTitle(), row.unit())) {
                    continue;
                }
                String at = "signatories[" + i + "].";
                Participant p = person(at, row, r.agency(at + "agency", row.agency()), r);
                if (p != null && !partyAgencies.contains(p.agency())) {
                    r.reject("signatories[" + i + "].agency", "engagements.validation.notAParty", p.agency());
                } else if (p != null) {
                    signatories.add(p);
                }
            }
        }
        if (signatories.isEmpty()) {
            r.reject("signatories", "engagements.validation.noSignatory");
        }
        List<Clause> clauses = clauses(d.clauses(), partyAgencies, r);
        if (r.any()) {
            return null;
        }
        return new Agreement(type, titleVi, titleZh, signedOn, signedPlace, from, until, parties, signatories, clauses);
    }

    private static List<Party> parties(List<AgreementDraft.PartyDraft> rows, Sides sides, Refusals r) {
        List<AgreementDraft.PartyDraft> given = rows == null ? List.of() : rows;
        List<Party> parties = new ArrayList<>();
        if (!r.withinLimit("parties", given.size(), MAX_PARTIES)) {
            return parties;
        }
        for (int i = 0; i < given.size(); i++) {
            AgreementDraft.PartyDraft row = given.get(i);
            if (row == null || blank(row.agency(), row.unit())) {
                continue;
            }
            String agency = r.agency("parties[" + i + "].agency", row.agency());
            String unit = r.text("parties[" + i + "].unit", row.unit(), MAX_UNIT, false);
            if (agency != null && unit != null) {
                parties.add(new Party(agency, unit));
            }
        }
        for (String side : sides.both()) {
            if (parties.stream().noneMatch(p -> p.agency().equals(side))) {
                r.reject("parties", "engagements.validation.partyMissing", side);
            }
        }
        return parties;
    }

    private static List<Clause> clauses(List<AgreementDraft.ClauseDraft> rows, Set<String> partyAgencies, Refusals r) {
        List<AgreementDraft.ClauseDraft> given = rows == null ? List.of() : rows;
        List<Clause> clauses = new ArrayList<>();
        if (!r.withinLimit("clauses", given.size(), MAX_CLAUSES)) {
            return clauses;
        }
        Map<Integer, Integer> numbers = new HashMap<>();
        Map<String, Integer> commitments = new HashMap<>();
        for (int i = 0; i < given.size(); i++) {
            AgreementDraft.ClauseDraft row = given.get(i);
            if (row == null || blank(row.number(), row.textVi(), row.textZh())) {
                continue;
            }
            String at = "clauses[" + i + "].";
            Integer number = r.number(at + "number", row.number(), 1, 999);
            if (number != null && numbers.putIfAbsent(number, i) != null) {
                r.reject(at + "number", "engagements.validation.duplicateClause", String.valueOf(number));
            }
            String textVi = r.text(at + "textVi", row.textVi(), MAX_CLAUSE, true);
            String textZh = r.text(at + "textZh", row.textZh(), MAX_CLAUSE, true);
            Commitment commitment = commitment(at, row, partyAgencies, r);
            if (commitment != null && number != null) {
                Integer earlier = commitments.putIfAbsent(commitment.kind() + "/" + commitment.answeringAgency(), number);
                if (earlier != null) {
                    r.reject(at + "commitment", "engagements.validation.commitmentTwice", String.valueOf(earlier));
                }
            }
            if (number != null && textVi != null && textZh != null) {
                clauses.add(new Clause(number, textVi, textZh, commitment));
            }
        }
        if (clauses.isEmpty()) {
            r.reject("clauses", "engagements.validation.noClause");
        }
        return clauses;
    }

    /** The clause's commitment, or null when it carries none (or a wrong one, then noted). */
    private static Commitment commitment(String at, AgreementDraft.ClauseDraft row, Set<String> partyAgencies,
                                         Refusals r) {
        if (row.commitment() == null || row.commitment().isBlank()) {
            return null;
        }
        CommitmentKind kind = r.choice(at + "commitment", row.commitment(), CommitmentKind.class);
        if (kind == null) {
            return null;
        }
        Integer amount = r.number(at + "amount", row.amount(),
                1, kind == CommitmentKind.REPLY_DAYS ? MAX_REPLY_DAYS : MAX_URGENT_HOURS);
        String answering = "";
        if (row.answeringAgency() != null && !row.answeringAgency().isBlank()) {
            answering = r.agency(at + "answeringAgency", row.answeringAgency());
            if (answering != null && !partyAgencies.contains(answering)) {
                r.reject(at + "answeringAgency", "engagements.validation.notAParty", answering);
                answering = null;
            }
        }
        return amount == null || answering == null ? null : new Commitment(kind, amount, answering);
    }

    /**
     * The non-blank rows of a list of people, or null when the list is too long.
     *
     * @param side the side every row belongs to (a visiting delegation), or null when each row names one of the
     *             record's two sides
     */
    private static List<Participant> people(String field, List<ParticipantDraft> rows, int max, Sides sides,
                                            String side, Refusals r) {
        List<ParticipantDraft> given = rows == null ? List.of() : rows;
        if (!r.withinLimit(field, given.size(), max)) {
            return null;
        }
        List<Participant> people = new ArrayList<>();
        for (int i = 0; i < given.size(); i++) {
            ParticipantDraft row = given.get(i);
            if (row == null || blank(row.name(), row.rankTitle(), row.unit())) {
                continue;
            }
            String at = field + "[" + i + "].";
            String agency = side != null ? side : r.side(at + "agency", row.agency(), sides);
            Participant p = person(at, row, agency, r);
            if (p != null) {
                people.add(p);
            }
        }
        return people;
    }

    /** A person of a side already read from the input (null when it was wrong); null when something is missing. */
    private static Participant person(String at, ParticipantDraft row, String agency, Refusals r) {
        String name = r.text(at + "name", row.name(), MAX_NAME, true);
        String rank = r.text(at + "rankTitle", row.rankTitle(), MAX_NAME, false);
        String unit = r.text(at + "unit", row.unit(), MAX_UNIT, false);
        return agency == null || name == null || rank == null || unit == null ? null
                : new Participant(agency, name, rank, unit);
    }

    private static boolean blank(String... values) {
        for (String v : values) {
            if (v != null && !v.isBlank()) {
                return false;
            }
        }
        return true;
    }
}
