package org.liaison.engagements.internal;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.liaison.engagements.JointStatus;
import org.liaison.shared.NodeProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * In demo mode, fills an empty engagements module with {@link DemoEngagements}: the own agency's records, and
 * copies of the partner's as if they had arrived, with the same ids, statuses, corrections and action item
 * progress on both nodes. Nothing is sent at seed time. Seeds pass the same checks as typed records, so a wrong
 * demo value stops the node at start.
 */
@Component
@Order(40)
class EngagementsSeeder implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(EngagementsSeeder.class);

    private final NodeProperties node;
    private final EngagementRecords records;
    private final ActionItems actionItems;
    private final ActionItemProgressRecords progress;
    private final SignedTexts signedTexts;
    private final DetailsJson json;

    EngagementsSeeder(NodeProperties node, EngagementRecords records, ActionItems actionItems,
                      ActionItemProgressRecords progress, SignedTexts signedTexts, DetailsJson json) {
        this.node = node;
        this.records = records;
        this.actionItems = actionItems;
        this.progress = progress;
        this.signedTexts = signedTexts;
        this.json = json;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (!node.demo() || records.count() > 0) {
            return;
        }
        String own = node.agency();
        int seeded = 0;
        for (DemoEngagements.Seed s : DemoEngagements.seeds()) {
            if (s.recording().equals(own) || s.partner().equals(own)) {
                seed(s, own);
                seeded++;
            }
        }
        for (DemoEngagements.ItemUpdate u : DemoEngagements.ITEM_UPDATES) {
            progress.findById(DemoEngagements.itemId(u.talksKey(), u.item())).ifPresent(p -> {
                p.update(u.status(), u.note(), u.by(), ms(u.on(), 0),
                        u.atTalks() == null ? null : DemoEngagements.uuid("engagement:" + u.atTalks()));
                progress.save(p);
            });
        }
        attachRegulationText(own);
        log.info("Seeded {} demo engagement records for {}", seeded, own);
    }

    private void seed(DemoEngagements.Seed s, String own) {
        Sides sides = new Sides(s.recording(), s.partner());
        Details details = RecordPolicy.check(s.draft(), sides);
        long recorded = ms(details.dated(), 2);
        Engagement e = s.recording().equals(own)
                ? Engagement.recorded(s.id(), details.kind(), own, s.partner(), details.dated(), json.write(details),
                s.recordedBy(), recorded)
                : Engagement.received(s.id(), details.kind(), s.recording(), own, details.dated(), json.write(details),
                1, s.recordedBy(), recorded, recorded + 60_000);
        long answered = ms(details.dated(), 5);
        String partnerSupervisor = s.recording().equals(DemoEngagements.VN)
                ? DemoEngagements.CN_SUPERVISOR : DemoEngagements.VN_SUPERVISOR;
        if (s.status() == JointStatus.CONFIRMED) {
            if (e.own()) {
                e.confirmedByPartner(1, partnerSupervisor, answered);
            } else {
                e.confirm(partnerSupervisor, answered);
            }
        } else if (s.status() == JointStatus.CORRECTION_PROPOSED) {
            String proposed = json.write(RecordPolicy.check(s.correction().draft(), sides));
            if (e.own()) {
                e.correctionProposedByPartner(1, proposed, s.correction().note(), s.correction().by(), answered);
            } else {
                e.proposeCorrection(proposed, s.correction().note(), s.correction().by(), answered);
            }
        }
        records.save(e);
        actionItems.follow(s.id(), details);
    }

    /** Each side holds its own scan of the signed regulation. */
    private void attachRegulationText(String own) {
        var id = DemoEngagements.uuid("engagement:" + DemoEngagements.REGULATION_2023);
        if (!records.existsById(id)) {
            return;
        }
        byte[] pdf = DemoPdf.page(List.of(
                "Coordination regulation between the Border Liaison Offices",
                "of Cao Bang (Viet Nam) and Guangxi (China)",
                "Signed in Cao Bang on 8 November 2023",
                "",
                "Demo stand-in for the scanned signed text (8 articles, Vietnamese and Chinese).",
                "Article 4: requests answered within 15 days. Article 5: urgent requests within 24 hours."));
        String by = own.equals(DemoEngagements.VN) ? DemoEngagements.VN_SUPERVISOR : DemoEngagements.CN_SUPERVISOR;
        signedTexts.put(id, "quy-che-phoi-hop-blo-2023.pdf", pdf, by, ms(LocalDate.of(2023, 11, 9), 0));
    }

    /** Ten in the morning, {@code days} after the day, Indochina time. */
    private static long ms(LocalDate day, int days) {
        return day.plusDays(days).atTime(10, 0).toInstant(ZoneOffset.ofHours(7)).toEpochMilli();
    }
}
