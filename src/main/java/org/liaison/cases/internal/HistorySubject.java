package org.liaison.cases.internal;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * What a history line is about, stored as {@code TYPE:value} so the page can word it in the reader's language:
 * changed fields ({@code FIELDS:TITLE_ZH,STATUS}), a seizure ({@code SEIZURE:HEROIN 1.2 KG}), a person's id and names, a
 * partner agency, a task's title, a task's new status and title ({@code TASK_STATUS:DONE title}), a link
 * ({@code LINK:REPORT ref}), a crime area.
 */
public record HistorySubject(Type type, String value) {

    public enum Type {
        FIELDS, SEIZURE, PERSON, AGENCY, TASK, TASK_STATUS, LINK, CRIME_AREA, NONE
    }

    static HistorySubject of(Type type, String value) {
        return new HistorySubject(type, value);
    }

    static HistorySubject none() {
        return new HistorySubject(Type.NONE, "");
    }

    static HistorySubject fields(List<FieldChange> changes) {
        return of(Type.FIELDS, String.join(",", changes.stream().map(c -> c.field().name()).toList()));
    }

    static HistorySubject seizure(SeizureFacts f) {
        return of(Type.SEIZURE, f.drugType() + " " + f.quantity().toPlainString() + " " + f.unit());
    }

    /** A person by id and names ({@code PERSON:<uuid> names}): the page shows the names, and audits it shows them. */
    static HistorySubject person(CasePerson p) {
        return of(Type.PERSON, p.personId() + " " + p.names());
    }

    /** The person's id of a {@link Type#PERSON} subject, else empty. */
    public Optional<UUID> personId() {
        int space = value.indexOf(' ');
        if (type != Type.PERSON || space < 0) {
            return Optional.empty();
        }
        try {
            return Optional.of(UUID.fromString(value.substring(0, space)));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** What a person subject shows: the names. */
    public String names() {
        return personId().isPresent() ? value.substring(value.indexOf(' ') + 1) : value;
    }

    /** What a proposal changes, as its history lines name it. */
    static HistorySubject of(ProposedChange change) {
        return switch (change.kind()) {
            case CORE -> fields(change.fields());
            case SEIZURE -> seizure(change.seizure());
            case PERSON -> person(change.person());
        };
    }

    public static HistorySubject parse(String text) {
        int colon = text == null ? -1 : text.indexOf(':');
        if (colon < 0) {
            return none();
        }
        try {
            return new HistorySubject(Type.valueOf(text.substring(0, colon)), text.substring(colon + 1));
        } catch (IllegalArgumentException e) {
            return none();
        }
    }

    @Override
    public String toString() {
        return type + ":" + value;
    }
}
