package org.liaison.handovers.internal;

import org.liaison.cooperation.Cooperation;
import org.liaison.cooperation.RequestId;
import org.liaison.handovers.HandoverClosed;
import org.liaison.handovers.LinkedRecord;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * When a handover closes, the request it belongs to says so on its thread: the officers following the request see
 * that the person was handed over. Each node notes it for itself (the event is published on both).
 */
@Component
class HandoverOnRequest {

    private final Cooperation cooperation;

    HandoverOnRequest(Cooperation cooperation) {
        this.cooperation = cooperation;
    }

    @ApplicationModuleListener
    void on(HandoverClosed closed) {
        closed.links().stream().filter(l -> l.kind() == LinkedRecord.Kind.REQUEST)
                .flatMap(l -> LinkedRecords.uuid(l.id()).stream())
                .forEach(id -> cooperation.recordHandoverExecuted(new RequestId(id), closed.handover().toString(),
                        closed.handedOver()));
    }
}
