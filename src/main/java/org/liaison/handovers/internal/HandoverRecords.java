package org.liaison.handovers.internal;

import java.util.List;
import java.util.UUID;
import org.springframework.data.repository.ListCrudRepository;

interface HandoverRecords extends ListCrudRepository<Handover, UUID> {

    List<Handover> findByNoticeId(UUID noticeId);
}
