package org.liaison.cases.internal;

import java.util.List;
import java.util.UUID;
import org.liaison.persons.PersonId;
import org.liaison.persons.PersonUses;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** A joint case linking the person keeps their names in its own record (and on the partner's copy). */
@Component
class CasePersonUses implements PersonUses {

    private final JdbcClient db;

    CasePersonUses(JdbcClient db) {
        this.db = db;
    }

    @Override
    public List<PersonUse> uses(PersonId person) {
        return db.sql("SELECT DISTINCT joint_case FROM case_person WHERE person_id = :person ORDER BY joint_case")
                .param("person", person.value())
                .query(UUID.class).list().stream()
                .map(c -> new PersonUse("case", c.toString(), "/cases/" + c))
                .toList();
    }
}
