package org.liaison.statistics.web;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.liaison.shared.NodeProperties;
import org.liaison.statistics.internal.Reconciliation;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/** The reconciliation as the page and the API show it: labelled statistics, linked records, dated agreements. */
@Component
class ReconciliationRows {

    private final FigureLabels labels;
    private final MessageSource messages;
    private final DateTimeFormatter time;

    ReconciliationRows(FigureLabels labels, MessageSource messages, NodeProperties node) {
        this.labels = labels;
        this.messages = messages;
        this.time = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(node.zone());
    }

    /** @param partnerValue null before the partner's figures arrived */
    record Row(String key, String label, String ourValue, String partnerValue, boolean differs,
               List<RecordLine> onlyOurs, List<RecordLine> onlyPartners) {
    }

    /** @param href null when this node does not hold the record */
    record RecordLine(String id, String kind, String title, String href) {
    }

    /** One side's figures and agreement; {@code agreedAt} null when that side has not agreed. */
    record SideLine(String agency, boolean own, String figuresAt, String agreedBy, String agreedByName,
                    String agreedAt, String note, boolean current) {
    }

    List<Row> of(Reconciliation.View view) {
        return view.rows().stream().map(c -> new Row(c.key(), labels.of(c.key()), c.ourValue(), c.partnerValue(),
                c.differs(), lines(c.onlyOurs()), lines(c.onlyPartners()))).toList();
    }

    List<SideLine> sides(Reconciliation.View view) {
        return List.of(side(view.agency(), true, view.sent().map(s -> s.snapshot().takenMs()), view.ourAgreement()),
                side(view.period().partner(), false, view.partners().map(s -> s.snapshot().takenMs()),
                        view.partnerAgreement()));
    }

    String at(long ms) {
        return time.format(Instant.ofEpochMilli(ms));
    }

    private SideLine side(String agency, boolean own, Optional<Long> figuresMs, Optional<Reconciliation.Side> side) {
        String figuresAt = figuresMs.map(this::at).orElse(null);
        return side.map(s -> new SideLine(agency, own, figuresAt, s.agreement().agreedBy(), s.agreement().agreedByName(),
                        at(s.agreement().agreedMs()), s.agreement().note(), s.current()))
                .orElse(new SideLine(agency, own, figuresAt, null, null, null, null, false));
    }

    private List<RecordLine> lines(List<Reconciliation.Behind> records) {
        return records.stream().map(r -> new RecordLine(r.id(), r.kind(), r.title() != null ? r.title()
                : messages.getMessage("statistics.reconciliation.kind." + r.kind(), new Object[] {r.id().substring(0, 8)},
                LocaleContextHolder.getLocale()), r.held() ? href(r.kind(), r.id()) : null)).toList();
    }

    private static String href(String kind, String id) {
        return "/" + switch (kind) {
            case "ENGAGEMENT" -> "engagements";
            case "HANDOVER" -> "handovers";
            case "CASE" -> "cases";
            case "REPORT" -> "reports";
            default -> "requests";
        } + "/" + id.toLowerCase(Locale.ROOT);
    }
}
