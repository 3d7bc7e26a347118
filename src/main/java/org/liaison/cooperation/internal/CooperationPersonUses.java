package org.liaison.cooperation.internal;

import java.util.List;
import org.liaison.persons.PersonId;
import org.liaison.persons.PersonUses;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** A report or request about the person keeps the label (names, birth date) its sender gave the link. */
@Component
class CooperationPersonUses implements PersonUses {

    private final JdbcClient db;

    CooperationPersonUses(JdbcClient db) {
        this.db = db;
    }

    @Override
    public List<PersonUse> uses(PersonId person) {
        return db.sql("SELECT DISTINCT lp.thread, CASE WHEN EXISTS (SELECT 1 FROM cooperation_request r WHERE r.id = lp.thread)"
                        + " THEN 'request' ELSE 'report' END AS kind FROM linked_person lp WHERE lp.person_id = :person"
                        + " ORDER BY lp.thread")
                .param("person", person.value())
                .query((rs, n) -> {
                    String kind = rs.getString("kind");
                    String id = rs.getObject("thread").toString();
                    return new PersonUse(kind, id, "/" + kind + "s/" + id);
                })
                .list();
    }
}
