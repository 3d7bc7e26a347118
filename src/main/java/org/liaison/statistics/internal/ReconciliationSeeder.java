package org.liaison.statistics.internal;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.LinkedHashMap;
import java.util.Map;
import org.liaison.directory.Directory;
import org.liaison.shared.NodeProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * In demo mode, after every other module has seeded its records: the report of January to October 2017 was
 * reconciled and agreed by both sides in November 2017, and the figures of this year up to the end of last month
 * were exchanged yesterday but are not agreed yet. Each node counts its own figures from its own seeds; the
 * partner's are those figures seen from the other end (its reports received are our reports sent), which is what
 * the partner node counts from its seeds as both hold the same joint records. Nothing is sent at seed time.
 */
@Component
@Order(60)
class ReconciliationSeeder implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(ReconciliationSeeder.class);

    /** The supervisor of each demo agency who marked the 2017 figures agreed, and the day. */
    private record Agreed(String username, String name, LocalDate on) {
    }

    private static final Map<String, Agreed> AGREED_2017 = Map.of(
            "VN-CB", new Agreed("cb.supervisor", "Hoàng Văn Nam", LocalDate.of(2017, 11, 8)),
            "CN-GX", new Agreed("gx.supervisor", "韦海燕", LocalDate.of(2017, 11, 9)));

    private final NodeProperties node;
    private final Directory directory;
    private final RecordsBehind behind;
    private final Reconciliations store;

    ReconciliationSeeder(NodeProperties node, Directory directory, RecordsBehind behind, Reconciliations store) {
        this.node = node;
        this.directory = directory;
        this.behind = behind;
        this.store = store;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (!node.demo() || !store.empty()) {
            return;
        }
        String own = node.agency();
        for (Directory.AgencySummary partner : directory.agencies()) {
            if (partner.own() || !AGREED_2017.containsKey(partner.code()) || !AGREED_2017.containsKey(own)) {
                continue;
            }
            Period year2017 = new Period(partner.code(), LocalDate.of(2017, 1, 1), LocalDate.of(2017, 10, 31));
            Exchanged figures = exchange(year2017, LocalDate.of(2017, 11, 6));
            agree(year2017, own, figures.ours().fingerprint(), figures.theirs().fingerprint());
            agree(year2017, partner.code(), figures.theirs().fingerprint(), figures.ours().fingerprint());
            LocalDate today = LocalDate.now(node.zone());
            LocalDate endOfLastMonth = today.withDayOfMonth(1).minusDays(1);
            exchange(new Period(partner.code(), endOfLastMonth.withDayOfYear(1), endOfLastMonth), today.minusDays(1));
            log.info("Seeded the reconciliation of 2017 (agreed by both) and of {} with {}", endOfLastMonth.getYear(),
                    partner.code());
        }
    }

    private record Exchanged(FiguresSnapshot ours, FiguresSnapshot theirs) {
    }

    private Exchanged exchange(Period p, LocalDate on) {
        long at = ms(on, LocalTime.of(9, 0));
        FiguresSnapshot counted = behind.count(p.from(), p.to(), p.partner()).snapshot();
        FiguresSnapshot ours = new FiguresSnapshot(counted.agency(), p.from(), p.to(), at, counted.lines());
        Map<String, FiguresSnapshot.Line> seenFromThere = new LinkedHashMap<>();
        ours.lines().forEach((key, line) -> seenFromThere.put(RecordsBehind.ours(key), line));
        FiguresSnapshot theirs = new FiguresSnapshot(p.partner(), p.from(), p.to(), at, seenFromThere);
        store.save(p, ours, at);
        store.save(p, theirs, at + 60_000);
        return new Exchanged(ours, theirs);
    }

    private void agree(Period p, String agency, String ownFingerprint, String partnerFingerprint) {
        Agreed by = AGREED_2017.get(agency);
        store.save(p, new Reconciliations.Agreement(agency, by.username(), by.name(), ms(by.on(), LocalTime.of(15, 30)),
                "", ownFingerprint, partnerFingerprint));
    }

    private long ms(LocalDate day, LocalTime time) {
        return day.atTime(time).atZone(node.zone()).toInstant().toEpochMilli();
    }
}
