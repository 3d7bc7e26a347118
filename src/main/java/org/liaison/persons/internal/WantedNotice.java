package org.liaison.persons.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.liaison.persons.CrimeArea;
import org.liaison.persons.HandlingCode;
import org.liaison.persons.NoticeSnapshot;
import org.liaison.persons.PersonId;
import org.liaison.persons.WantedNoticeId;
import org.liaison.persons.WantedNoticeStatus;
import org.liaison.persons.internal.PersonsChangeRefused.Reason;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;

/**
 * A wanted notice: the own agency asks for a person to be found and arrested, or a partner agency's request
 * received through the exchange. Only the issuing agency shares, withdraws or closes it; a received copy
 * follows what its issuer says.
 */
class WantedNotice {

    /** A copy of the notice sent to a partner agency; {@code messageId} is null for a copy not sent by this node. */
    record WantedNoticeShare(String agency, UUID messageId, String sharedBy, long sharedMs) {
    }

    @Id
    private final UUID id;
    private final UUID personId;
    private final String originAgency;
    private final boolean own;
    private String charges;
    private CrimeArea crimeArea;
    private String issuingAuthority;
    private String warrantReference;
    private String dangerWarnings;
    private HandlingCode handlingCode;
    private WantedNoticeStatus status;
    private String statusReason;
    private final long issuedMs;
    private final String issuedBy;
    private long closedMs;
    private String closedBy;
    private final long receivedMs;
    private final UUID receivedMessage;
    /** {@code image/jpeg} or {@code image/png} when a photo is stored, else null. */
    private String photoType;
    /** A partner's notice whose photo stayed with the issuer (too large to share). */
    private boolean photoWithheld;
    private List<WantedNoticeShare> shares;
    @Version
    private Integer version;

    @PersistenceCreator
    WantedNotice(UUID id, UUID personId, String originAgency, boolean own, String charges, CrimeArea crimeArea,
                 String issuingAuthority, String warrantReference, String dangerWarnings, HandlingCode handlingCode,
                 WantedNoticeStatus status, String statusReason, long issuedMs, String issuedBy, long closedMs,
                 String closedBy, long receivedMs, UUID receivedMessage, String photoType, boolean photoWithheld,
                 List<WantedNoticeShare> shares,
                 Integer version) {
        this.id = id;
        this.personId = personId;
        this.originAgency = originAgency;
        this.own = own;
        this.charges = charges;
        this.crimeArea = crimeArea;
        this.issuingAuthority = issuingAuthority;
        this.warrantReference = warrantReference;
        this.dangerWarnings = dangerWarnings;
        this.handlingCode = handlingCode;
        this.status = status;
        this.statusReason = statusReason;
        this.issuedMs = issuedMs;
        this.issuedBy = issuedBy;
        this.closedMs = closedMs;
        this.closedBy = closedBy;
        this.receivedMs = receivedMs;
        this.receivedMessage = receivedMessage;
        this.photoType = photoType;
        this.photoWithheld = photoWithheld;
        this.shares = new ArrayList<>(shares);
        this.version = version;
    }

    static WantedNotice issue(PersonId person, NoticeTerms terms, String photoType, String ownAgency, String by, long now) {
        return issue(new WantedNoticeId(UUID.randomUUID()), person, terms, photoType, ownAgency, by, now);
    }

    /** A new notice with a given id (demo notices keep theirs, and their copies on the partner node match). */
    static WantedNotice issue(WantedNoticeId id, PersonId person, NoticeTerms terms, String photoType, String ownAgency,
                              String by, long now) {
        WantedNotice n = new WantedNotice(id.value(), person.value(), ownAgency, true, null, null, null, null,
                null, null, WantedNoticeStatus.ACTIVE, "", now, by, 0, "", 0, null, photoType, false, List.of(), null);
        n.take(terms);
        return n;
    }

    /** A partner's notice as received; it keeps the id and the status it has on the issuing node. */
    static WantedNotice received(WantedNoticeId id, PersonId person, String originAgency, NoticeTerms terms,
                                 WantedNoticeStatus status, long issuedMs, String photoType, boolean photoWithheld,
                                 UUID messageId, long now) {
        WantedNotice n = new WantedNotice(id.value(), person.value(), originAgency, false, null, null, null, null, null,
                null, status, "", issuedMs, "partner:" + originAgency, 0, "", now, messageId, photoType, photoWithheld,
                List.of(), null);
        n.take(terms);
        return n;
    }

    private void take(NoticeTerms t) {
        this.charges = t.charges();
        this.crimeArea = t.crimeArea();
        this.issuingAuthority = t.issuingAuthority();
        this.warrantReference = t.warrantReference();
        this.dangerWarnings = t.dangerWarnings();
        this.handlingCode = t.handlingCode();
    }

    /**
     * Records that a copy goes to {@code agency}; refused for a received notice, one no longer active, one whose
     * handling code keeps it on this node, and one already shared with that agency.
     */
    void shareWith(String agency, UUID messageId, String by, long now) {
        Objects.requireNonNull(messageId, "messageId");
        checkSharable(agency);
        shares.add(new WantedNoticeShare(agency, messageId, by, now));
    }

    /** A copy that reached the partner without a message of this node (demo data: shared before the node existed). */
    void sharedBefore(String agency, String by, long at) {
        checkSharable(agency);
        shares.add(new WantedNoticeShare(agency, null, by, at));
    }

    /** Throws when {@link #shareWith} would refuse; lets the caller check before it sends anything. */
    void checkSharable(String agency) {
        if (!own) {
            throw refused(Reason.CONFLICT, "persons.notice.error.foreign", originAgency);
        }
        if (status != WantedNoticeStatus.ACTIVE) {
            throw refused(Reason.CONFLICT, "persons.notice.error.notActive", Explanation.term("persons.status." + status));
        }
        if (!handlingCode.allowsSharing()) {
            throw refused(Reason.CONFLICT, "persons.notice.error.handlingForbidsSharing",
                    Explanation.term("persons.handling." + handlingCode));
        }
        if (agency.equals(originAgency)) {
            throw refused(Reason.INVALID, "persons.notice.error.shareWithSelf", agency);
        }
        Optional<WantedNoticeShare> earlier = sharedWith(agency);
        if (earlier.isPresent()) {
            throw refused(Reason.CONFLICT, "persons.notice.error.alreadyShared", agency);
        }
    }

    /** The issuing agency withdraws the notice or records it as executed; both end it for good. */
    void close(WantedNoticeStatus to, String reason, String by, long now) {
        if (!own) {
            throw refused(Reason.CONFLICT, "persons.notice.error.foreign", originAgency);
        }
        if (to == WantedNoticeStatus.ACTIVE) {
            throw new IllegalArgumentException("a notice is closed as WITHDRAWN or EXECUTED, not " + to);
        }
        if (status != WantedNoticeStatus.ACTIVE) {
            throw refused(Reason.CONFLICT, "persons.notice.error.notActive", Explanation.term("persons.status." + status));
        }
        this.status = to;
        this.statusReason = reason == null ? "" : reason;
        this.closedBy = by;
        this.closedMs = now;
    }

    /** The issuing partner closed its notice; true when this changed the copy (a repeated message changes nothing). */
    boolean closedByOrigin(WantedNoticeStatus to, String reason, long closedMs) {
        if (own) {
            throw new IllegalStateException("notice " + id + " is the own agency's; a partner cannot close it");
        }
        if (status == to) {
            return false;
        }
        this.status = to;
        this.statusReason = reason == null ? "" : reason;
        this.closedBy = "partner:" + originAgency;
        this.closedMs = closedMs;
        return true;
    }

    /** A newer copy from the issuing partner replaces what the notice says. */
    void refreshFromOrigin(NoticeTerms terms, WantedNoticeStatus status, String photoType, boolean photoWithheld) {
        if (own) {
            throw new IllegalStateException("notice " + id + " is the own agency's; a partner cannot replace it");
        }
        take(terms);
        this.status = status;
        this.photoType = photoType;
        this.photoWithheld = photoWithheld;
    }

    Optional<WantedNoticeShare> sharedWith(String agency) {
        return shares.stream().filter(s -> s.agency().equals(agency)).findFirst();
    }

    private static PersonsChangeRefused refused(Reason reason, String key, Object... args) {
        return PersonsChangeRefused.one(reason, null, key, args);
    }

    WantedNoticeId id() {
        return new WantedNoticeId(id);
    }

    PersonId personId() {
        return new PersonId(personId);
    }

    String originAgency() {
        return originAgency;
    }

    boolean own() {
        return own;
    }

    NoticeTerms terms() {
        return new NoticeTerms(charges, crimeArea, issuingAuthority, warrantReference, dangerWarnings, handlingCode);
    }

    WantedNoticeStatus status() {
        return status;
    }

    String statusReason() {
        return statusReason;
    }

    long issuedMs() {
        return issuedMs;
    }

    String issuedBy() {
        return issuedBy;
    }

    long closedMs() {
        return closedMs;
    }

    String closedBy() {
        return closedBy;
    }

    long receivedMs() {
        return receivedMs;
    }

    Optional<UUID> receivedMessage() {
        return Optional.ofNullable(receivedMessage);
    }

    Optional<String> photoType() {
        return Optional.ofNullable(photoType);
    }

    boolean photoWithheld() {
        return photoWithheld;
    }

    NoticeSnapshot snapshot() {
        return new NoticeSnapshot(id(), personId(), originAgency, own, status, crimeArea, handlingCode, warrantReference,
                Instant.ofEpochMilli(issuedMs), shares.stream().map(WantedNoticeShare::agency).toList());
    }

    List<WantedNoticeShare> shares() {
        return List.copyOf(shares);
    }

    Integer version() {
        return version;
    }
}
