package org.liaison.statistics.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.liaison.audit.AuditEntry;
import org.liaison.audit.AuditLog;
import org.liaison.exchange.Exchange;
import org.liaison.exchange.IncomingMessage;
import org.liaison.exchange.OutgoingMessage;
import org.liaison.exchange.RejectedMessageException;
import org.liaison.shared.CurrentOfficer;
import org.liaison.shared.NodeProperties;
import org.liaison.statistics.CooperationFigures;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reconciliation of a period's figures with the partner before they are published: a supervisor sends this side's
 * figures with the records behind them; the partner node stores them and answers with its own at once (an answer
 * is not answered again). Each side then reads both columns and the records only one side counts, and a supervisor
 * of each side marks the period agreed; the mark travels to the other side. An agreement holds as long as the
 * figures it was given on are the figures.
 */
@Service
public class Reconciliation {

    static final String FIGURES = "statistics.figures";
    static final String AGREED = "statistics.period-agreed";
    static final String RECORD_TYPE = "statistics_period";
    static final int NOTE_MAX = 4000;

    /** @param answer true when the figures answer the other side's; they are then not answered again */
    record FiguresMessage(String agency, LocalDate from, LocalDate to, long takenMs,
                          Map<String, FiguresSnapshot.Line> lines, boolean answer) {
    }

    record AgreedMessage(String agency, LocalDate from, LocalDate to, String agreedBy, String agreedByName,
                         long agreedMs, String note, String ownFingerprint, String partnerFingerprint) {
    }

    private final CooperationStatistics statistics;
    private final RecordsBehind behind;
    private final Reconciliations store;
    private final Exchange exchange;
    private final AuditLog audit;
    private final NodeProperties node;

    /** The exchange is lazy: it holds this service's message handlers, and this service answers through it. */
    Reconciliation(CooperationStatistics statistics, RecordsBehind behind, Reconciliations store, @Lazy Exchange exchange,
                   AuditLog audit, NodeProperties node) {
        this.statistics = statistics;
        this.behind = behind;
        this.store = store;
        this.exchange = exchange;
        this.audit = audit;
        this.node = node;
    }

    /** Counts this side's figures of the period and sends them to the partner, who answers with its own. */
    @Transactional
    public void exchange(CurrentOfficer officer, String remoteAddr, String from, String to, String partner) {
        Period p = statistics.period(from, to, partner);
        FiguresSnapshot ours = send(p, false, officer);
        audit.append(new AuditEntry(officer.username(), officer.agency(), "EXCHANGE", RECORD_TYPE, p.name(), remoteAddr,
                "figures sent to " + p.partner() + " (" + ours.fingerprint().substring(0, 12) + ")"));
    }

    /**
     * Marks the period agreed by this side and tells the partner. Only once both sides' figures are here, only on
     * this side's figures as sent (after a change they are exchanged again first), and with a note when they differ.
     */
    @Transactional
    public void agree(CurrentOfficer officer, String remoteAddr, String from, String to, String partner, String note) {
        Period p = statistics.period(from, to, partner);
        Optional<Reconciliations.Stored> sent = store.figures(p, node.agency());
        Optional<Reconciliations.Stored> theirs = store.figures(p, p.partner());
        if (sent.isEmpty() || theirs.isEmpty()) {
            throw new StatisticsRefused("note", "statistics.reconciliation.error.notExchanged", p.partner());
        }
        FiguresSnapshot now = behind.count(p.from(), p.to(), p.partner()).snapshot();
        if (!now.fingerprint().equals(sent.get().fingerprint())) {
            throw new StatisticsRefused("note", "statistics.reconciliation.error.changed");
        }
        String text = note == null ? "" : note.strip();
        if (text.length() > NOTE_MAX) {
            throw new StatisticsRefused("note", "statistics.reconciliation.error.noteLength", NOTE_MAX);
        }
        if (text.isEmpty() && compare(now, theirs.get().snapshot(), Map.of()).stream().anyMatch(Comparison::differs)) {
            throw new StatisticsRefused("note", "statistics.reconciliation.error.noteRequired");
        }
        Reconciliations.Agreement mark = new Reconciliations.Agreement(node.agency(), officer.username(),
                officer.fullName(), System.currentTimeMillis(), text, now.fingerprint(), theirs.get().fingerprint());
        store.save(p, mark);
        exchange.send(new OutgoingMessage(p.partner(), AGREED, 1, new AgreedMessage(node.agency(), p.from(), p.to(),
                mark.agreedBy(), mark.agreedByName(), mark.agreedMs(), mark.note(), mark.ownFingerprint(),
                mark.partnerFingerprint()), "Statistics " + p.from() + " – " + p.to() + " agreed by " + node.agency(),
                null, conversation(p)), officer);
        audit.append(new AuditEntry(officer.username(), officer.agency(), "AGREE", RECORD_TYPE, p.name(), remoteAddr,
                text.isEmpty() ? "figures agreed" : "figures agreed with a note on the differences"));
    }

    /** Stores the partner's figures and, unless they answer this side's, answers with this side's own. */
    @Transactional
    public void receive(IncomingMessage m, FiguresMessage f) {
        Period p = fromPartner(m, f.agency(), f.from(), f.to());
        if (f.lines() == null) {
            throw new RejectedMessageException("figures without lines");
        }
        f.lines().forEach((key, line) -> {
            if (line == null || line.value() == null || !line.value().matches("-?\\d+(\\.\\d+)?")) {
                throw new RejectedMessageException("statistic " + key + " has no number");
            }
        });
        store.save(p, new FiguresSnapshot(f.agency(), f.from(), f.to(), f.takenMs(), f.lines()),
                System.currentTimeMillis());
        audit.append(new AuditEntry("partner:" + m.sender(), m.sender(), "RECEIVE", RECORD_TYPE, p.name(), "",
                "figures received"));
        if (!f.answer()) {
            try {
                send(p, true, null);
            } catch (StatisticsRefused e) {
                throw new RejectedMessageException("the figures of " + p.name() + " cannot be sent in answer");
            }
            audit.append(new AuditEntry("system", node.agency(), "EXCHANGE", RECORD_TYPE, p.name(), "",
                    "figures sent to " + p.partner() + " in answer"));
        }
    }

    @Transactional
    public void receive(IncomingMessage m, AgreedMessage a) {
        Period p = fromPartner(m, a.agency(), a.from(), a.to());
        store.save(p, new Reconciliations.Agreement(a.agency(), Objects.toString(a.agreedBy(), ""),
                Objects.toString(a.agreedByName(), ""), a.agreedMs(), Objects.toString(a.note(), ""),
                Objects.toString(a.ownFingerprint(), ""), Objects.toString(a.partnerFingerprint(), "")));
        audit.append(new AuditEntry("partner:" + m.sender(), m.sender(), "RECEIVE", RECORD_TYPE, p.name(), "",
                "agreed by " + a.agreedBy() + " of " + m.sender()));
    }

    /** Where a period's reconciliation stands, as the dashboard and the exports say it. */
    public enum Status { NOT_EXCHANGED, EXCHANGED, AGREED_BY_BOTH, AGREEMENT_OUTDATED }

    /** Counts the figures again only when there is an agreement to check them against. */
    @Transactional(readOnly = true)
    public Status status(CooperationFigures f) {
        Period p = new Period(f.partner(), f.from(), f.to());
        if (store.figures(p, node.agency()).isEmpty()) {
            return Status.NOT_EXCHANGED;
        }
        if (store.agreement(p, node.agency()).isEmpty() && store.agreement(p, p.partner()).isEmpty()) {
            return Status.EXCHANGED;
        }
        View v = view(p.from().toString(), p.to().toString(), p.partner());
        return v.agreedByBoth() ? Status.AGREED_BY_BOTH
                : Stream.concat(v.ourAgreement().stream(), v.partnerAgreement().stream()).anyMatch(s -> !s.current())
                ? Status.AGREEMENT_OUTDATED : Status.EXCHANGED;
    }

    /** Both columns of the period, what differs, and where each side's agreement stands. */
    @Transactional(readOnly = true)
    public View view(String from, String to, String partner) {
        Period p = statistics.period(from, to, partner);
        RecordsBehind.Counted now = behind.count(p.from(), p.to(), p.partner());
        Optional<Reconciliations.Stored> sent = store.figures(p, node.agency());
        Optional<Reconciliations.Stored> theirs = store.figures(p, p.partner());
        String ourPrint = now.snapshot().fingerprint();
        String theirPrint = theirs.map(Reconciliations.Stored::fingerprint).orElse("");
        // our agreement holds while our figures and theirs are those it was given on; theirs likewise, seen from here
        Optional<Side> ours = store.agreement(p, node.agency()).map(a -> new Side(a,
                a.ownFingerprint().equals(ourPrint) && a.partnerFingerprint().equals(theirPrint)));
        Optional<Side> partners = store.agreement(p, p.partner()).map(a -> new Side(a,
                a.partnerFingerprint().equals(ourPrint) && a.ownFingerprint().equals(theirPrint)));
        List<Comparison> rows = theirs.isPresent() ? compare(now.snapshot(), theirs.get().snapshot(), now.titles())
                : compare(now.snapshot(), null, now.titles());
        return new View(p, node.agency(), now.snapshot(), sent, theirs,
                sent.isPresent() && !sent.get().fingerprint().equals(ourPrint), rows, ours, partners);
    }

    /**
     * @param changedSinceSent this side's records have changed since its figures were sent: exchange again
     */
    public record View(Period period, String agency, FiguresSnapshot now, Optional<Reconciliations.Stored> sent,
                       Optional<Reconciliations.Stored> partners, boolean changedSinceSent, List<Comparison> rows,
                       Optional<Side> ourAgreement, Optional<Side> partnerAgreement) {

        public boolean exchanged() {
            return sent.isPresent() && partners.isPresent();
        }

        public long differences() {
            return rows.stream().filter(Comparison::differs).count();
        }

        public boolean agreedByBoth() {
            return ourAgreement.filter(Side::current).isPresent() && partnerAgreement.filter(Side::current).isPresent();
        }
    }

    /** @param current the figures are still those the agreement was given on */
    public record Side(Reconciliations.Agreement agreement, boolean current) {
    }

    /**
     * One statistic on both sides, under this side's key.
     *
     * @param partnerValue null before the partner's figures arrived
     */
    public record Comparison(String key, String ourValue, String partnerValue, List<Behind> onlyOurs,
                             List<Behind> onlyPartners) {

        public boolean differs() {
            return partnerValue != null && (new BigDecimal(ourValue).compareTo(new BigDecimal(partnerValue)) != 0
                    || !onlyOurs.isEmpty() || !onlyPartners.isEmpty());
        }
    }

    /**
     * A record behind a figure of one side only.
     *
     * @param title null when this node does not hold the record, or it has no title to show (a handover names a
     *              person; an engagement is named by its kind)
     * @param held  this node holds it, so it can be opened here
     */
    public record Behind(String id, String kind, String title, boolean held) {
    }

    private List<Comparison> compare(FiguresSnapshot ours, FiguresSnapshot theirs, Map<String, String> titles) {
        Map<String, FiguresSnapshot.Line> partnerLines = new LinkedHashMap<>();
        if (theirs != null) {
            theirs.lines().forEach((key, line) -> partnerLines.put(RecordsBehind.ours(key), line));
        }
        Map<String, FiguresSnapshot.Line> ourLines = new LinkedHashMap<>(ours.lines());
        partnerLines.keySet().forEach(k -> ourLines.putIfAbsent(k, new FiguresSnapshot.Line("0", List.of())));
        List<Comparison> rows = new ArrayList<>();
        ourLines.forEach((key, line) -> {
            FiguresSnapshot.Line other = theirs == null ? null
                    : partnerLines.getOrDefault(key, new FiguresSnapshot.Line("0", List.of()));
            if (other == null) {
                rows.add(new Comparison(key, line.value(), null, List.of(), List.of()));
                return;
            }
            RecordsBehind.Kind kind = RecordsBehind.kind(key);
            Set<String> mine = new HashSet<>(line.records());
            Set<String> partners = new HashSet<>(other.records());
            rows.add(new Comparison(key, line.value(), other.value(),
                    line.records().stream().filter(id -> !partners.contains(id))
                            .map(id -> new Behind(id, kind.name(), titles.get(id), true)).toList(),
                    other.records().stream().filter(id -> !mine.contains(id)).map(id -> held(kind, id, titles)).toList()));
        });
        return rows;
    }

    /** A record only the partner counts: this node may still hold it, e.g. dated on another day here. */
    private Behind held(RecordsBehind.Kind kind, String id, Map<String, String> titles) {
        if (titles.containsKey(id)) {
            return new Behind(id, kind.name(), titles.get(id), true);
        }
        Optional<String> title = behind.title(kind, id);
        return new Behind(id, kind.name(), title.orElse(null), title.isPresent());
    }

    private FiguresSnapshot send(Period p, boolean answer, CurrentOfficer officer) {
        FiguresSnapshot ours = behind.count(p.from(), p.to(), p.partner()).snapshot();
        store.save(p, ours, ours.takenMs());
        try {
            exchange.send(new OutgoingMessage(p.partner(), FIGURES, 1, new FiguresMessage(ours.agency(), p.from(),
                    p.to(), ours.takenMs(), ours.lines(), answer), "Statistics " + p.from() + " – " + p.to() + " of "
                    + ours.agency() + (answer ? " (answer)" : ""), null, conversation(p)), officer);
        } catch (IllegalArgumentException e) {
            // not paired with that agency, or more records than one message carries
            throw new StatisticsRefused("partner", "statistics.reconciliation.error.notSent", p.partner());
        }
        return ours;
    }

    private Period fromPartner(IncomingMessage m, String agency, LocalDate from, LocalDate to) {
        if (!m.sender().equals(agency)) {
            throw new RejectedMessageException("figures of " + agency + " sent by " + m.sender());
        }
        if (from == null || to == null || to.isBefore(from)) {
            throw new RejectedMessageException("not a period: " + from + " to " + to);
        }
        return new Period(m.sender(), from, to);
    }

    private static String conversation(Period p) {
        return "statistics:" + p.from() + ".." + p.to();
    }
}
