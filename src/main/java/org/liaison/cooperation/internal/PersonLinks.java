package org.liaison.cooperation.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.liaison.cooperation.internal.CooperationRefused.Problems;
import org.liaison.persons.PersonId;
import org.liaison.persons.PersonName;
import org.liaison.persons.PersonSnapshot;
import org.liaison.persons.Persons;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The persons a report or request is about. Each link keeps the label the sender's record gave (names, birth date,
 * nationality), so the partner sees whom the item concerns even without a record of its own.
 */
@Component
public class PersonLinks {

    static final int MAX_PERSONS = 20;

    /** @param knownHere true when this node holds a record with the id (own or received), so the page can link it */
    public record Link(UUID personId, String label, boolean knownHere) {
    }

    private final JdbcTemplate jdbc;
    private final Persons persons;

    PersonLinks(JdbcTemplate jdbc, Persons persons) {
        this.jdbc = jdbc;
        this.persons = persons;
    }

    /** Looks each id up (an audited read by {@code reader}); problems go to {@code personIds[i]}. */
    List<Wire.LinkedPerson> check(List<String> ids, String reader, Problems problems) {
        List<String> given = ids.stream().filter(s -> s != null && !s.isBlank()).map(String::strip).distinct().toList();
        if (given.size() > MAX_PERSONS) {
            problems.invalid("personIds", "cooperation.persons.tooMany", String.valueOf(MAX_PERSONS));
            return List.of();
        }
        List<Wire.LinkedPerson> found = new ArrayList<>();
        for (int i = 0; i < given.size(); i++) {
            Optional<PersonSnapshot> p = uuid(given.get(i)).flatMap(id -> persons.person(new PersonId(id), reader));
            if (p.isEmpty()) {
                problems.invalid("personIds[" + i + "]", "cooperation.persons.unknown", given.get(i));
            } else {
                found.add(new Wire.LinkedPerson(p.get().id().value(), label(p.get())));
            }
        }
        return found;
    }

    /** Names in every script, then birth date and nationality: {@code Hoàng Thị Mai / HOANG THI MAI / 黄氏梅 · 1988-05-12 · VNM}. */
    static String label(PersonSnapshot p) {
        String names = p.names().stream().map(PersonName::text).distinct().collect(Collectors.joining(" / "));
        String label = Stream.of(names, p.birthDate() == null ? null : p.birthDate().iso(), p.nationality())
                .filter(s -> s != null && !s.isBlank()).collect(Collectors.joining(" · "));
        return label.length() <= 1000 ? label : label.substring(0, 1000);
    }

    void save(UUID thread, List<Wire.LinkedPerson> links) {
        for (int i = 0; i < links.size(); i++) {
            jdbc.update("INSERT INTO linked_person (thread, ordinal, person_id, label) VALUES (?, ?, ?, ?)", thread, i,
                    links.get(i).id(), links.get(i).label());
        }
    }

    List<Wire.LinkedPerson> of(UUID thread) {
        return jdbc.query("SELECT person_id, label FROM linked_person WHERE thread = ? ORDER BY ordinal",
                (rs, i) -> new Wire.LinkedPerson(rs.getObject(1, UUID.class), rs.getString(2)), thread);
    }

    /** The links with whether each person is on file here; looking one up is a read by {@code reader} (audited). */
    List<Link> show(UUID thread, String reader) {
        return of(thread).stream().map(l -> new Link(l.id(), l.label(),
                persons.person(new PersonId(l.id()), reader).isPresent())).toList();
    }

    static Optional<UUID> uuid(String s) {
        try {
            return s == null ? Optional.empty() : Optional.of(UUID.fromString(s.strip()));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
