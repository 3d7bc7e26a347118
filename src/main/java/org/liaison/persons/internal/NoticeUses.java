package org.liaison.persons.internal;

import java.util.List;
import org.liaison.persons.PersonId;
import org.liaison.persons.PersonUses;
import org.springframework.stereotype.Component;

/** Wanted notices, own or received and in any status, keep their person: the notice names whom it sought. */
@Component
class NoticeUses implements PersonUses {

    private final WantedNoticeRecords notices;

    NoticeUses(WantedNoticeRecords notices) {
        this.notices = notices;
    }

    @Override
    public List<PersonUse> uses(PersonId person) {
        return notices.findByPersonIdOrderByIssuedMsDesc(person.value()).stream()
                .map(n -> new PersonUse("notice", n.id().toString(), "/wanted-notices/" + n.id()))
                .toList();
    }
}
