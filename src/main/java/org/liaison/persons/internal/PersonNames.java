package org.liaison.persons.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.liaison.persons.NameKind;
import org.liaison.persons.NameScript;
import org.liaison.persons.PersonId;
import org.liaison.persons.PersonName;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/** The names of many persons in one query, for lists that name a person on each row. */
@Component
class PersonNames {

    private final NamedParameterJdbcTemplate jdbc;

    PersonNames(JdbcTemplate jdbc) {
        this.jdbc = new NamedParameterJdbcTemplate(jdbc);
    }

    /** Each found person's names in their recorded order; persons not held here are left out. */
    Map<PersonId, List<PersonName>> of(Collection<PersonId> ids) {
        Map<PersonId, List<PersonName>> names = new LinkedHashMap<>();
        if (ids.isEmpty()) {
            return names;
        }
        jdbc.query("SELECT person, text, script, kind FROM person_name WHERE person IN (:ids) ORDER BY person, person_key",
                Map.of("ids", ids.stream().map(PersonId::value).distinct().toList()), rs -> {
                    names.computeIfAbsent(new PersonId(rs.getObject("person", UUID.class)), id -> new ArrayList<>())
                            .add(new PersonName(rs.getString("text"), NameScript.valueOf(rs.getString("script")),
                                    NameKind.valueOf(rs.getString("kind"))));
                });
        names.replaceAll((id, list) -> List.copyOf(list));
        return names;
    }
}
