package org.liaison.engagements.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.liaison.audit.AuditEntry;
import org.liaison.audit.AuditLog;
import org.liaison.engagements.EngagementKind;
import org.liaison.engagements.JointStatus;
import org.liaison.engagements.internal.EngagementsChangeRefused.Reason;
import org.liaison.exchange.Peers;
import org.liaison.shared.NodeProperties;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Recording joint records and moving them between the two sides: the recording side records and shares, the
 * partner confirms or proposes a correction, the recording side accepts or rejects it. Every change commits
 * together with the message that tells the other side, and is written to the audit log.
 */
@Service
public class EngagementsService {

    public static final int LIST_LIMIT = 200;
    static final int MAX_NOTE = 1000;

    private final EngagementRecords records;
    private final ActionItems actionItems;
    private final SignedTexts signedTexts;
    private final DetailsJson json;
    private final Sharing sharing;
    private final Peers peers;
    private final AuditLog audit;
    private final NodeProperties node;

    EngagementsService(EngagementRecords records, ActionItems actionItems, SignedTexts signedTexts, DetailsJson json,
                       Sharing sharing, Peers peers, AuditLog audit, NodeProperties node) {
        this.records = records;
        this.actionItems = actionItems;
        this.signedTexts = signedTexts;
        this.json = json;
        this.sharing = sharing;
        this.peers = peers;
        this.audit = audit;
        this.node = node;
    }

    /** The partner agencies this node is paired with: the only ones a joint record can be kept with. */
    public List<String> partners() {
        return peers.list().stream().map(Peers.PeerSummary::agency).filter(a -> !a.equals(node.agency())).toList();
    }

    public String ownAgency() {
        return node.agency();
    }

    /** Records the own agency's account of an engagement with a paired partner and shares it with the partner. */
    @Transactional
    public UUID record(Actor actor, String partner, Draft draft) {
        String own = node.agency();
        Refusals r = new Refusals();
        String with = r.text("partner", partner, 20, true);
        if (with == null) {
            r.throwIfAny(); // without a partner the sides of the details cannot be checked
        }
        if (!partners().contains(with)) {
            r.reject("partner", "engagements.error.notPartner", with);
        }
        // the details are checked against the partner as typed, so that every problem shows at once
        Details details = RecordPolicy.read(draft, new Sides(own, with), r);
        r.throwIfAny();
        UUID id = UUID.randomUUID();
        long now = System.currentTimeMillis();
        String stored = json.write(details);
        Engagement e = records.save(Engagement.recorded(id, details.kind(), own, with, details.dated(), stored,
                actor.signature(), now));
        actionItems.follow(id, details);
        send(actor, with, Wire.RECORD_SHARED, new Wire.Shared(id, e.kind(), own, with, e.revision(), e.recordedBy(),
                now, json.tree(stored)), e, "recorded");
        log(actor, "CREATE", id, e.kind() + " with " + with + " on " + e.dated());
        return id;
    }

    /** Newest first, at most {@link #LIST_LIMIT}; a filter left null matches everything. */
    @Transactional(readOnly = true)
    public List<EngagementLine> list(EngagementKind kind, JointStatus status, Boolean own, LocalDate from, LocalDate to) {
        return records.list(kind == null ? null : kind.name(), status == null ? null : status.name(), own,
                        from == null ? LocalDate.of(Refusals.FIRST_YEAR, 1, 1) : from,
                        to == null ? LocalDate.of(Refusals.LAST_YEAR, 12, 31) : to, LIST_LIMIT)
                .stream()
                .map(e -> new EngagementLine(e.id(), e.kind(), e.dated(), e.recordingAgency(), e.partnerAgency(),
                        e.own(), e.status(), json.read(e.kind(), e.details())))
                .toList();
    }

    @Transactional(readOnly = true)
    public Optional<EngagementView> open(UUID id) {
        return records.findById(id).map(this::view);
    }

    private EngagementView view(Engagement e) {
        Details details = json.read(e.kind(), e.details());
        Details correction = e.correction().map(c -> json.read(e.kind(), c)).orElse(null);
        boolean talks = details instanceof Talks;
        return new EngagementView(e.id(), e.kind(), e.recordingAgency(), e.partnerAgency(), e.own(), e.status(),
                e.revision(), details, e.recordedBy(), Instant.ofEpochMilli(e.recordedMs()), instant(e.receivedMs()),
                e.statusBy(), instant(e.statusMs()), e.statusNote(), correction, e.correctionNote(), e.correctionBy(),
                instant(e.correctionMs()),
                talks ? actionItems.lines(e, (Talks) details) : List.of(),
                talks ? actionItems.followUps(e) : List.of(),
                e.kind() == EngagementKind.AGREEMENT ? signedTexts.info(e.id()).orElse(null) : null);
    }

    /** The partner confirms the recording side's record as it reads now. */
    @Transactional
    public void confirm(Actor actor, UUID id) {
        Engagement e = find(id);
        long now = System.currentTimeMillis();
        e.confirm(actor.signature(), now);
        save(e);
        send(actor, e.recordingAgency(), Wire.RECORD_CONFIRMED,
                new Wire.Confirmed(id, e.revision(), actor.signature(), now), e, "confirmed");
        log(actor, "CONFIRM", id, "revision " + e.revision());
    }

    /** The partner proposes other details; they wait for the recording side's decision. */
    @Transactional
    public void proposeCorrection(Actor actor, UUID id, Draft draft, String note) {
        Engagement e = find(id);
        if (e.own()) {
            throw EngagementsChangeRefused.conflict("engagements.error.ownRecord", e.partnerAgency());
        }
        if (draft.kind() != e.kind()) {
            throw EngagementsChangeRefused.one(Reason.INVALID, null, "engagements.validation.shape", e.kind().name());
        }
        Refusals r = new Refusals();
        String why = r.text("note", note, MAX_NOTE, true);
        Details corrected = RecordPolicy.read(draft, new Sides(e.recordingAgency(), e.partnerAgency()), r);
        if (corrected != null && json.read(e.kind(), e.details()).changesIn(corrected).isEmpty()) {
            r.reject(null, "engagements.error.nothingChanged");
        }
        r.throwIfAny();
        String stored = json.write(corrected);
        long now = System.currentTimeMillis();
        e.proposeCorrection(stored, why, actor.signature(), now);
        save(e);
        send(actor, e.recordingAgency(), Wire.CORRECTION_PROPOSED,
                new Wire.CorrectionProposed(id, e.revision(), json.tree(stored), why, actor.signature(), now), e,
                "correction proposed");
        log(actor, "PROPOSE_CORRECTION", id, "of revision " + e.revision());
    }

    /** The recording side takes the partner's correction: the record reads as corrected and is confirmed. */
    @Transactional
    public void acceptCorrection(Actor actor, UUID id) {
        Engagement e = find(id);
        Details corrected = e.correction().map(c -> json.read(e.kind(), c)).orElse(null);
        long now = System.currentTimeMillis();
        e.acceptCorrection(corrected == null ? e.dated() : corrected.dated(), actor.signature(), now);
        save(e);
        actionItems.follow(id, corrected);
        send(actor, e.partnerAgency(), Wire.CORRECTION_DECIDED, new Wire.CorrectionDecided(id, true, e.revision(),
                json.tree(e.details()), "", actor.signature(), now), e, "correction accepted");
        log(actor, "ACCEPT_CORRECTION", id, "now revision " + e.revision());
    }

    /** The recording side keeps its wording, and says why; the partner may confirm or propose again. */
    @Transactional
    public void rejectCorrection(Actor actor, UUID id, String reason) {
        Engagement e = find(id);
        Refusals r = new Refusals();
        String why = r.text("reason", reason, MAX_NOTE, true);
        r.throwIfAny();
        long now = System.currentTimeMillis();
        e.rejectCorrection(why, actor.signature(), now);
        save(e);
        send(actor, e.partnerAgency(), Wire.CORRECTION_DECIDED, new Wire.CorrectionDecided(id, false, e.revision(),
                null, why, actor.signature(), now), e, "correction rejected");
        log(actor, "REJECT_CORRECTION", id, why);
    }

    /** Attaches (or replaces) an agreement's signed text; only a PDF within the size limit is taken. */
    @Transactional
    public void attachSignedText(Actor actor, UUID id, String fileName, byte[] bytes) {
        Engagement e = find(id);
        if (e.kind() != EngagementKind.AGREEMENT) {
            throw EngagementsChangeRefused.conflict("engagements.signedText.notAgreement");
        }
        SignedTexts.check(bytes);
        String name = safeFileName(fileName, id);
        signedTexts.put(id, name, bytes, actor.signature(), System.currentTimeMillis());
        log(actor, "ATTACH", id, "signed text " + name + ", " + bytes.length + " bytes, sha256 " + SignedTexts.sha256(bytes));
    }

    /** The signed text for download; an audited read. */
    @Transactional
    public Optional<SignedTextFile> signedText(Actor actor, UUID id) {
        Optional<SignedTextFile> file = signedTexts.file(id);
        file.ifPresent(f -> log(actor, "READ", id, "signed text " + f.fileName()));
        return file;
    }

    /** Keeps letters, digits, dots, dashes and underscores of the uploaded name, so it is safe in a header. */
    static String safeFileName(String given, UUID id) {
        String base = given == null ? "" : given.replaceAll(".*[/\\\\]", "");
        String safe = base.replaceAll("[^\\p{L}\\p{N}._-]+", "_");
        if (safe.isBlank() || safe.matches("[._]+")) {
            safe = "agreement-" + id;
        }
        if (safe.length() > SignedTexts.MAX_FILE_NAME) {
            safe = safe.substring(safe.length() - SignedTexts.MAX_FILE_NAME);
        }
        return safe.toLowerCase().endsWith(".pdf") ? safe : safe + ".pdf";
    }

    private Engagement find(UUID id) {
        return records.findById(id).orElseThrow(EngagementsChangeRefused::notFound);
    }

    private void save(Engagement e) {
        try {
            records.save(e);
        } catch (OptimisticLockingFailureException ex) {
            // another officer changed the record at the same moment
            throw EngagementsChangeRefused.conflict("engagements.error.stale");
        }
    }

    private void send(Actor actor, String to, String type, Object payload, Engagement e, String what) {
        sharing.tell(actor, to, type, payload, e.id(), e.kind().name().toLowerCase() + " of " + e.dated() + " " + what);
    }

    private void log(Actor actor, String action, UUID id, String detail) {
        audit.append(new AuditEntry(actor.officer().username(), actor.officer().agency(), action, "engagement",
                id.toString(), actor.remoteAddr(), detail));
    }

    private static Instant instant(long ms) {
        return ms == 0 ? null : Instant.ofEpochMilli(ms);
    }
}
