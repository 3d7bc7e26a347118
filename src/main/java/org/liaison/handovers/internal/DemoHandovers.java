package org.liaison.handovers.internal;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.MonthDay;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.liaison.handovers.HandoverId;
import org.liaison.persons.PersonId;
import org.liaison.persons.WantedNoticeId;

/**
 * The demo's handovers, after the source articles: the model case (a fugitive from Tràng Định district, Lạng Sơn,
 * who fled to Guangxi, arrested there in August on Cao Bang's information and handed over on 20 September), a drug
 * dealer handed to Viet Nam at Pingxiang in August, an economic suspect handed to China there on 18 October, and two
 * handovers under way. The people are the persons module's invented demo people (same ids: {@code person:<key>},
 * {@code notice:<key>}). Completed handovers were entered from the paper file, so their confirmations carry no
 * electronic signature; the ones under way get signed confirmations when officers execute them.
 */
final class DemoHandovers {

    /** Demo facts are in Vietnamese time on both nodes, so both seed the same instants. */
    static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");

    static final String CB_OFFICER = "Nông Thị Hoa (cb.officer)";
    static final String CB_SUPERVISOR = "Hoàng Văn Nam (cb.supervisor)";
    static final String GX_OFFICER = "黄志强 (gx.officer)";
    static final String GX_SUPERVISOR = "韦海燕 (gx.supervisor)";

    private DemoHandovers() {
    }

    static HandoverId id(String key) {
        return new HandoverId(uuid("handover:" + key));
    }

    static WantedNoticeId notice(String key) {
        return new WantedNoticeId(uuid("notice:" + key));
    }

    static PersonId person(String key) {
        return new PersonId(uuid("person:" + key));
    }

    /** The persons module's demo ids: {@code DemoPersons.uuid}. */
    private static UUID uuid(String key) {
        return UUID.nameUUIDFromBytes(("liaison-demo:" + key).getBytes(StandardCharsets.UTF_8));
    }

    /** The last {@code day} before today, as the persons module's demo counts it. */
    static LocalDate last(MonthDay day) {
        LocalDate today = today();
        LocalDate last = day.atYear(today.getYear());
        return last.isBefore(today) ? last : last.minusYears(1);
    }

    static LocalDate today() {
        return LocalDate.now(ZoneOffset.UTC);
    }

    static long at(LocalDate day, int hour, int minute) {
        return day.atTime(LocalTime.of(hour, minute)).atZone(ZONE).toInstant().toEpochMilli();
    }

    static String lines(String... lines) {
        return String.join("\n", List.of(lines));
    }
}
