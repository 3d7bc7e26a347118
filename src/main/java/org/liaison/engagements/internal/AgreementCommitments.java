package org.liaison.engagements.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.liaison.engagements.EngagementKind;
import org.liaison.engagements.ReplyCommitments;
import org.liaison.shared.NodeProperties;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The reply times the agreements this node holds commit two agencies to, by {@link CommitmentRule}. The source
 * names the agreement and clause in the own agency's language, as the deadline is shown to its officers.
 */
@Component
class AgreementCommitments implements ReplyCommitments {

    private final EngagementRecords records;
    private final DetailsJson json;
    private final MessageSource messages;
    private final NodeProperties node;

    AgreementCommitments(EngagementRecords records, DetailsJson json, MessageSource messages, NodeProperties node) {
        this.records = records;
        this.json = json;
        this.messages = messages;
        this.node = node;
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<ReplyCommitment> replyWithin(String requestingAgency, String answeringAgency, boolean urgent,
                                                 LocalDate on) {
        List<CommitmentRule.Held> held = records.findByKind(EngagementKind.AGREEMENT).stream()
                .map(e -> new CommitmentRule.Held(e.id(), (Agreement) json.read(EngagementKind.AGREEMENT, e.details())))
                .toList();
        return CommitmentRule.apply(held, requestingAgency, answeringAgency, urgent, on)
                .map(a -> new ReplyCommitment(a.clause().commitment().within(), a.agreementId().toString(), source(a)));
    }

    /** E.g. "Quy chế phối hợp …, Điều 5" on a Vietnamese node, "…协作规定，第5条" on a Chinese one. */
    private String source(CommitmentRule.Applies a) {
        String country = node.agencyCode().country();
        Locale locale = switch (country) {
            case "VN" -> Locale.forLanguageTag("vi");
            case "CN" -> Locale.SIMPLIFIED_CHINESE;
            default -> Locale.ENGLISH;
        };
        String title = switch (country) {
            case "VN" -> a.agreement().titleVi();
            case "CN" -> a.agreement().titleZh();
            default -> a.agreement().titleVi() + " / " + a.agreement().titleZh();
        };
        return messages.getMessage("engagements.commitment.source",
                new Object[] {title, String.valueOf(a.clause().number())}, locale);
    }
}
