package org.liaison.exchange.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.liaison.exchange.MessageState;

/**
 * The steps one message went through, in protocol order (not clock order: the two nodes' clocks differ):
 * created → awaiting release → released → queued → sent → delivered → read → answered, or failed with the reason;
 * for an incoming message created (by the partner) → received → read → answered. Only steps that happened.
 *
 * @param receipt for a delivered outgoing message, what re-checking the partner's signed receipt shows
 */
record MessageTimeline(List<Event> events, Receipts.Check receipt) {

    enum Step {
        CREATED, AWAITING_RELEASE, RELEASED, QUEUED, SENT, DELIVERED, READ, ANSWERED, FAILED, RECEIVED
    }

    /**
     * @param by   who did it: an officer's user name, or the partner agency for a step it took; may be empty
     * @param note the receipt or envelope batch id, the number of attempts, or the reason of a failure
     */
    record Event(Step step, Instant at, String by, String note) {
    }

    /** The timeline of a message; its receipt is checked again when it was delivered. */
    static MessageTimeline of(MessageLog.Detail d, Receipts receipts) {
        List<Event> events = new ArrayList<>();
        if (d.direction() == MessageLog.Direction.INCOMING) {
            events.add(new Event(Step.CREATED, d.created(), d.sender(), ""));
            events.add(new Event(Step.RECEIVED, d.received(), "", d.batchId()));
            add(events, Step.READ, d.read(), d.readBy(), "");
            add(events, Step.ANSWERED, d.answered(), "", "");
            return new MessageTimeline(List.copyOf(events), null);
        }
        events.add(new Event(Step.CREATED, d.created(), d.createdBy(), ""));
        if (d.fourEyes()) {
            events.add(new Event(Step.AWAITING_RELEASE, d.created(), "", ""));
            add(events, Step.RELEASED, d.released(), d.releasedBy(), "");
        }
        if (d.state() != MessageState.AWAITING_RELEASE) {
            events.add(new Event(Step.QUEUED, d.released() != null ? d.released() : d.created(), "", ""));
        }
        add(events, Step.SENT, d.sent(), "", String.valueOf(d.attempts()));
        add(events, Step.DELIVERED, d.delivered(), d.recipient(), d.batchId());
        add(events, Step.READ, d.read(), d.recipient(), "");
        add(events, Step.ANSWERED, d.answered(), d.recipient(), "");
        add(events, Step.FAILED, d.failed(), "", d.lastError());
        Receipts.Check receipt = d.delivered() == null ? null
                : receipts.check(d.batchId(), d.recipient(), d.id(), d.payloadHash());
        return new MessageTimeline(List.copyOf(events), receipt);
    }

    private static void add(List<Event> events, Step step, Instant at, String by, String note) {
        if (at != null) {
            events.add(new Event(step, at, by == null ? "" : by, note == null ? "" : note));
        }
    }
}
