package org.liaison.cooperation.internal;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.liaison.persons.PersonId;
import org.liaison.persons.Persons;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The persons picker of the report and request forms: who is picked, and who else matches a search (both audited). */
@Component
public class PersonPicker {

    static final int FOUND_LIMIT = 15;

    public record Choice(String id, String label) {
    }

    private final Persons persons;

    PersonPicker(Persons persons) {
        this.persons = persons;
    }

    /** The picked persons that exist, with their labels, in the order picked. */
    @Transactional
    public List<Choice> picked(List<String> ids, Actor reader) {
        return ids.stream().filter(s -> s != null && !s.isBlank()).distinct()
                .flatMap(s -> PersonLinks.uuid(s).flatMap(id -> persons.person(new PersonId(id), reader.username())).stream())
                .map(p -> new Choice(p.id().toString(), PersonLinks.label(p))).toList();
    }

    /** Records matching the search, the picked ones left out; nothing for a blank search. */
    @Transactional
    public List<Choice> find(String query, List<String> picked, Actor reader) {
        if (query == null || query.isBlank()) {
            return List.of();
        }
        Set<String> already = picked.stream().map(String::strip).collect(Collectors.toSet());
        return persons.search(query, reader.username(), FOUND_LIMIT).stream()
                .filter(p -> !already.contains(p.id().toString()))
                .map(p -> new Choice(p.id().toString(), PersonLinks.label(p))).toList();
    }
}
