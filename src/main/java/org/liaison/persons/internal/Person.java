package org.liaison.persons.internal;

import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.liaison.persons.BirthDate;
import org.liaison.persons.IdentityDocument;
import org.liaison.persons.PersonId;
import org.liaison.persons.PersonName;
import org.liaison.persons.PersonSnapshot;
import org.liaison.persons.Sex;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Embedded;

/**
 * A person record: the own agency's, which its officers keep up to date, or a partner's, received with a
 * wanted notice and read-only here (only a newer copy from the partner changes it).
 */
class Person {

    @Id
    private final UUID id;
    private final String originAgency;
    private final boolean own;
    private Sex sex;
    @Embedded.Nullable(prefix = "birth_")
    private BirthDate birth;
    private String nationality;
    private List<PersonName> names;
    private List<IdentityDocument> documents;
    /** Folded names and document numbers, for the list's substring search. */
    private String searchKey;
    private final String createdBy;
    private final long createdMs;
    private long updatedMs;
    @Version
    private Integer version;

    @PersistenceCreator
    Person(UUID id, String originAgency, boolean own, Sex sex, BirthDate birth, String nationality,
           List<PersonName> names, List<IdentityDocument> documents, String searchKey, String createdBy,
           long createdMs, long updatedMs, Integer version) {
        this.id = id;
        this.originAgency = originAgency;
        this.own = own;
        this.sex = sex;
        this.birth = birth;
        this.nationality = nationality;
        this.names = names;
        this.documents = documents;
        this.searchKey = searchKey;
        this.createdBy = createdBy;
        this.createdMs = createdMs;
        this.updatedMs = updatedMs;
        this.version = version;
    }

    /** A new record of the own agency. */
    static Person record(Particulars p, String ownAgency, String by, long now) {
        return record(new PersonId(UUID.randomUUID()), p, ownAgency, by, now);
    }

    /** A new record of the own agency with a given id (demo records keep theirs from start to start). */
    static Person record(PersonId id, Particulars p, String ownAgency, String by, long now) {
        Person person = new Person(id.value(), ownAgency, true, null, null, null, List.of(), List.of(), "", by,
                now, now, null);
        person.take(p, now);
        return person;
    }

    /** A partner's record as received; it keeps the id it has on the partner's node. */
    static Person received(PersonId id, String originAgency, Particulars p, long now) {
        Person person = new Person(id.value(), originAgency, false, null, null, null, List.of(), List.of(), "",
                "partner:" + originAgency, now, now, null);
        person.take(p, now);
        return person;
    }

    /** An officer corrects the own agency's record. */
    void revise(Particulars p, long now) {
        if (!own) {
            throw PersonsChangeRefused.one(PersonsChangeRefused.Reason.CONFLICT, null, "persons.error.foreignReadOnly",
                    originAgency);
        }
        take(p, now);
    }

    /** A newer copy of a partner's record replaces the one held. */
    void refreshFromOrigin(Particulars p, long now) {
        if (own) {
            throw new IllegalStateException("person " + id + " is the own agency's; a partner cannot replace it");
        }
        take(p, now);
    }

    private void take(Particulars p, long now) {
        this.names = p.names();
        this.sex = p.sex();
        this.birth = p.birthDate();
        this.nationality = p.nationality();
        this.documents = p.documents();
        this.searchKey = Stream.concat(p.names().stream().map(n -> NameRules.fold(n.text())),
                        p.documents().stream().map(d -> d.number().toLowerCase(Locale.ROOT)))
                .collect(Collectors.joining(" | ", "| ", " |"));
        this.updatedMs = now;
    }

    PersonId id() {
        return new PersonId(id);
    }

    String originAgency() {
        return originAgency;
    }

    boolean own() {
        return own;
    }

    Particulars particulars() {
        return new Particulars(names, sex, birth, nationality, documents);
    }

    PersonSnapshot snapshot() {
        return new PersonSnapshot(id(), originAgency, names, sex, birth, nationality, documents);
    }

    String createdBy() {
        return createdBy;
    }

    long createdMs() {
        return createdMs;
    }

    long updatedMs() {
        return updatedMs;
    }

    Integer version() {
        return version;
    }
}
