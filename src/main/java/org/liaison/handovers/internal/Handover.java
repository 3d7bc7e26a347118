package org.liaison.handovers.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.liaison.handovers.Direction;
import org.liaison.handovers.HandoverId;
import org.liaison.handovers.HandoverStatus;
import org.liaison.handovers.LinkedRecord;
import org.liaison.handovers.internal.HandoverRefused.Reason;
import org.liaison.persons.PersonId;
import org.liaison.persons.WantedNoticeId;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Embedded;

/**
 * A fugitive handover, kept alike on both nodes. Every change goes through a verb that checks the {@link Stage}
 * ownership table first and changes nothing when it refuses; the node that records a stage and the node that
 * receives it run the same verb, each with the side that recorded it.
 */
class Handover {

    @Id
    private final UUID id;
    private final String requestingAgency;
    private final String holdingAgency;
    private final UUID noticeId;
    private final UUID personId;
    private final String grounds;
    private HandoverStatus status;
    private final long requestedMs;
    private final String requestedBy;
    @Embedded.Nullable(prefix = "located_")
    private Located located;
    @Embedded.Nullable(prefix = "detained_")
    private Detention detention;
    @Embedded.Nullable(prefix = "proposed_")
    private Proposal proposal;
    private boolean agreedRequesting;
    private boolean agreedHolding;
    /** When the person crossed, as the holding side confirmed it; 0 until both sides confirmed. */
    private long executedMs;
    private long closedMs;
    /** Why it was refused or cancelled; empty otherwise. */
    private String endReason;
    private long updatedMs;
    private final List<HandoverLink> links;
    private final List<HandoverStep> steps;
    private final List<CustodyEntry> custody;
    private final List<HandoverConfirmation> confirmations;
    @Version
    private Integer version;

    @PersistenceCreator
    Handover(UUID id, String requestingAgency, String holdingAgency, UUID noticeId, UUID personId, String grounds,
             HandoverStatus status, long requestedMs, String requestedBy, Located located, Detention detention,
             Proposal proposal, boolean agreedRequesting, boolean agreedHolding, long executedMs, long closedMs,
             String endReason, long updatedMs, List<HandoverLink> links, List<HandoverStep> steps,
             List<CustodyEntry> custody, List<HandoverConfirmation> confirmations, Integer version) {
        this.id = id;
        this.requestingAgency = requestingAgency;
        this.holdingAgency = holdingAgency;
        this.noticeId = noticeId;
        this.personId = personId;
        this.grounds = grounds;
        this.status = status;
        this.requestedMs = requestedMs;
        this.requestedBy = requestedBy;
        this.located = located;
        this.detention = detention;
        this.proposal = proposal;
        this.agreedRequesting = agreedRequesting;
        this.agreedHolding = agreedHolding;
        this.executedMs = executedMs;
        this.closedMs = closedMs;
        this.endReason = endReason;
        this.updatedMs = updatedMs;
        this.links = new ArrayList<>(links);
        this.steps = new ArrayList<>(steps);
        this.custody = new ArrayList<>(custody);
        this.confirmations = new ArrayList<>(confirmations);
        this.version = version;
    }

    /** The requesting side asks the holding side for the person of its wanted notice. */
    static Handover request(HandoverId id, String requestingAgency, String holdingAgency, WantedNoticeId notice,
                            PersonId person, String grounds, List<LinkedRecord> links, String officer, long now) {
        if (requestingAgency.equals(holdingAgency)) {
            throw new IllegalArgumentException("a handover is between two agencies; both are " + requestingAgency);
        }
        Direction.to(requestingAgency);
        Handover h = new Handover(id.value(), requestingAgency, holdingAgency, notice.value(), person.value(), grounds,
                HandoverStatus.REQUESTED, now, officer, null, null, null, false, false, 0, 0, "", now,
                links.stream().map(l -> new HandoverLink(l.kind().name(), l.id())).toList(), List.of(), List.of(),
                List.of(), null);
        h.steps.add(new HandoverStep(Stage.REQUEST, requestingAgency, officer, now, ""));
        return h;
    }

    void recordLocated(Side by, Located where, String officer, long now) {
        check(Stage.LOCATED, by);
        located = where;
        status = HandoverStatus.LOCATED;
        step(Stage.LOCATED, by, officer, now, where.place());
    }

    void recordDetention(Side by, Detention detained, long detainedMs, String officer, long now) {
        check(Stage.DETAINED, by);
        detention = detained;
        status = HandoverStatus.DETAINED;
        custody.add(new CustodyEntry(detainedMs, detained.place(), detained.authority(), "", holdingAgency, "",
                holdingAgency));
        step(Stage.DETAINED, by, officer, now, detained.place());
    }

    /** A new proposal replaces the last one and needs both sides' agreement again. */
    void propose(Side by, Proposal proposed, String officer, long now) {
        check(Stage.PROPOSAL, by);
        proposal = proposed;
        agreedRequesting = false;
        agreedHolding = false;
        status = HandoverStatus.PROPOSED;
        step(Stage.PROPOSAL, by, officer, now, proposed.gateCode());
    }

    void agree(Side by, String officer, long now) {
        check(Stage.AGREEMENT, by);
        if (agreed(by)) {
            throw refused("handovers.error.alreadyAgreed");
        }
        if (by == Side.REQUESTING) {
            agreedRequesting = true;
        } else {
            agreedHolding = true;
        }
        if (agreedRequesting && agreedHolding) {
            status = HandoverStatus.AGREED;
        }
        step(Stage.AGREEMENT, by, officer, now, "");
    }

    /**
     * A side's confirmation of the execution. When both sides have confirmed, the handover is executed at the
     * time the holding side gave, and the crossing at the gate is entered in the chain of custody.
     */
    void confirm(Side by, HandoverConfirmation confirmation, String officer, long now) {
        check(Stage.CONFIRMATION, by);
        if (confirmation(by).isPresent()) {
            throw refused("handovers.error.alreadyConfirmed");
        }
        if (confirmation.side() != by || !confirmation.agency().equals(agency(by))) {
            throw new IllegalArgumentException("a confirmation of " + confirmation.agency() + " recorded as " + by);
        }
        confirmations.add(confirmation);
        if (confirmation(by.other()).isPresent()) {
            HandoverConfirmation handing = confirmation(Side.HOLDING).orElseThrow();
            HandoverConfirmation receiving = confirmation(Side.REQUESTING).orElseThrow();
            executedMs = handing.executedMs();
            status = HandoverStatus.EXECUTED;
            custody.add(new CustodyEntry(handing.executedMs(), proposal.gateCode(),
                    String.join(", ", handing.officersList()) + " → " + String.join(", ", receiving.officersList()),
                    holdingAgency, requestingAgency, "", holdingAgency));
        }
        step(Stage.CONFIRMATION, by, officer, now, "");
    }

    void close(Side by, String officer, long now) {
        check(Stage.CLOSURE, by);
        status = HandoverStatus.CLOSED;
        closedMs = now;
        step(Stage.CLOSURE, by, officer, now, "");
    }

    void refuse(Side by, String reason, String officer, long now) {
        end(Stage.REFUSAL, HandoverStatus.REFUSED, by, reason, officer, now);
    }

    void cancel(Side by, String reason, String officer, long now) {
        end(Stage.CANCELLATION, HandoverStatus.CANCELLED, by, reason, officer, now);
    }

    private void end(Stage stage, HandoverStatus to, Side by, String reason, String officer, long now) {
        check(stage, by);
        if (!confirmations.isEmpty()) {
            throw refused("handovers.error.executionStarted");
        }
        status = to;
        endReason = reason;
        closedMs = now;
        step(stage, by, officer, now, reason);
    }

    /** Only the side that has the person records where custody passes: the holding side until the crossing, then the requesting side. */
    void recordCustody(Side by, CustodyEntry entry, String officer, long now) {
        checkCustody(by);
        custody.add(entry);
        step(Stage.CUSTODY, by, officer, now, entry.place());
    }

    void checkCustody(Side by) {
        check(Stage.CUSTODY, by);
        if (by != keeper()) {
            throw refused("handovers.error.notInCustody", side(keeper()));
        }
    }

    private Side keeper() {
        return status == HandoverStatus.EXECUTED ? Side.REQUESTING : Side.HOLDING;
    }

    /** Throws, changing nothing, when {@code by} may not record {@code stage} now. */
    void check(Stage stage, Side by) {
        if (status.ended()) {
            throw refused("handovers.error.ended", term("handovers.status." + status));
        }
        if (!isTheirs(stage, by)) {
            throw refused("handovers.error.notYourStage", term("handovers.stage." + stage), side(stage.owner()));
        }
        if (!stage.allowedIn(status)) {
            throw refused("handovers.error.notNow", term("handovers.stage." + stage), term("handovers.status." + status));
        }
    }

    private static boolean isTheirs(Stage stage, Side by) {
        return stage.owner() == null || stage.owner() == by;
    }

    /**
     * True when {@code by} may record {@code stage} now: what the page offers. The conditions of {@link #check}, tested
     * without building its refusal: a page asks this for every button.
     */
    boolean allows(Stage stage, Side by) {
        if (status.ended() || !isTheirs(stage, by) || !stage.allowedIn(status)) return false;
        return switch (stage) {
            case AGREEMENT -> !agreed(by);
            case CONFIRMATION -> confirmation(by).isEmpty();
            case REFUSAL, CANCELLATION -> confirmations.isEmpty();
            case CUSTODY -> by == keeper();
            default -> true;
        };
    }

    private void step(Stage stage, Side by, String officer, long now, String note) {
        steps.add(new HandoverStep(stage, agency(by), officer, now, note == null ? "" : note));
        updatedMs = now;
    }

    private static HandoverRefused refused(String key, Object... args) {
        return HandoverRefused.one(Reason.CONFLICT, null, key, args);
    }

    private static Object term(String key) {
        return HandoverRefused.text(key);
    }

    private static Object side(Side side) {
        return term("handovers.side." + side);
    }

    /** Which side {@code agency} is on; empty for an agency that is no party to this handover. */
    Optional<Side> sideOf(String agency) {
        if (agency.equals(requestingAgency)) {
            return Optional.of(Side.REQUESTING);
        }
        return agency.equals(holdingAgency) ? Optional.of(Side.HOLDING) : Optional.empty();
    }

    String agency(Side side) {
        return side == Side.REQUESTING ? requestingAgency : holdingAgency;
    }

    boolean agreed(Side side) {
        return side == Side.REQUESTING ? agreedRequesting : agreedHolding;
    }

    Optional<HandoverConfirmation> confirmation(Side side) {
        return confirmations.stream().filter(c -> c.side() == side).findFirst();
    }

    HandoverId id() {
        return new HandoverId(id);
    }

    String requestingAgency() {
        return requestingAgency;
    }

    String holdingAgency() {
        return holdingAgency;
    }

    Direction direction() {
        return Direction.to(requestingAgency);
    }

    WantedNoticeId noticeId() {
        return new WantedNoticeId(noticeId);
    }

    PersonId personId() {
        return new PersonId(personId);
    }

    String grounds() {
        return grounds;
    }

    HandoverStatus status() {
        return status;
    }

    long requestedMs() {
        return requestedMs;
    }

    String requestedBy() {
        return requestedBy;
    }

    Optional<Located> located() {
        return Optional.ofNullable(located);
    }

    Optional<Detention> detention() {
        return Optional.ofNullable(detention);
    }

    Optional<Proposal> proposal() {
        return Optional.ofNullable(proposal);
    }

    long executedMs() {
        return executedMs;
    }

    long closedMs() {
        return closedMs;
    }

    String endReason() {
        return endReason;
    }

    long updatedMs() {
        return updatedMs;
    }

    List<LinkedRecord> links() {
        return links.stream().map(l -> new LinkedRecord(LinkedRecord.Kind.valueOf(l.kind()), l.ref())).toList();
    }

    List<HandoverStep> steps() {
        return List.copyOf(steps);
    }

    List<CustodyEntry> custody() {
        return List.copyOf(custody);
    }

    List<HandoverConfirmation> confirmations() {
        return List.copyOf(confirmations);
    }

    Integer version() {
        return version;
    }
}
