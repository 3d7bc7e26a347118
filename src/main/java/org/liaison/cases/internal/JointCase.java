package org.liaison.cases.internal;

import static org.liaison.cases.internal.CasesChangeRefused.conflict;
import static org.liaison.cases.internal.CasesChangeRefused.term;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.liaison.cases.CaseId;
import org.liaison.cases.CaseStatus;
import org.liaison.persons.CrimeArea;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;

/**
 * A joint case: the own agency's, which its officers change, or a partner's copy, which only a newer copy from
 * the partner changes. Every change of the shared core (title, crime area, summary, status, units, persons,
 * seizures) raises the revision by one; partners' proposals name the revision they were made on.
 */
class JointCase {

    @Id
    private final UUID id;
    private final String originAgency;
    private final boolean own;
    private int revision;
    private CrimeArea crimeArea;
    private String titleVi;
    private String titleZh;
    private String summary;
    private CaseStatus status;
    /** The day the originating node opened the case, in its time zone; statistics count cases by it. */
    private final LocalDate openedOn;
    private final String openedBy;
    private final long openedMs;
    private long updatedMs;
    private final long receivedMs;
    private final UUID receivedMessage;
    private List<CaseUnit> units;
    private List<CasePerson> persons;
    private List<Seizure> seizures;
    private List<CaseShare> shares;
    @Version
    private Integer version;

    @PersistenceCreator
    JointCase(UUID id, String originAgency, boolean own, int revision, CrimeArea crimeArea, String titleVi,
              String titleZh, String summary, CaseStatus status, LocalDate openedOn, String openedBy, long openedMs,
              long updatedMs, long receivedMs, UUID receivedMessage, List<CaseUnit> units, List<CasePerson> persons,
              List<Seizure> seizures, List<CaseShare> shares, Integer version) {
        this.id = id;
        this.originAgency = originAgency;
        this.own = own;
        this.revision = revision;
        this.crimeArea = crimeArea;
        this.titleVi = titleVi;
        this.titleZh = titleZh;
        this.summary = summary;
        this.status = status;
        this.openedOn = openedOn;
        this.openedBy = openedBy;
        this.openedMs = openedMs;
        this.updatedMs = updatedMs;
        this.receivedMs = receivedMs;
        this.receivedMessage = receivedMessage;
        this.units = new ArrayList<>(units);
        this.persons = new ArrayList<>(persons);
        this.seizures = new ArrayList<>(seizures);
        this.shares = new ArrayList<>(shares);
        this.version = version;
    }

    /** A new case of the own agency, at revision 1. */
    static JointCase open(CaseId id, CaseCore core, String ownAgency, String by, LocalDate on, long now) {
        JointCase c = new JointCase(id.value(), ownAgency, true, 1, null, null, null, null, null, on, by, now, now, 0,
                null, List.of(), List.of(), List.of(), List.of(), null);
        c.take(core);
        return c;
    }

    /** A partner's case as received: read-only here, at the revision the partner sent. */
    static JointCase received(CaseCopy copy, UUID messageId, long now) {
        JointCase c = new JointCase(copy.id(), copy.originAgency(), false, copy.revision(), null, null, null, null, null,
                copy.openedOn(), copy.openedBy(), copy.openedMs(), now, now, messageId, List.of(), List.of(),
                List.of(), List.of(), null);
        c.takeCopy(copy);
        return c;
    }

    private void take(CaseCore core) {
        this.crimeArea = core.crimeArea();
        this.titleVi = core.titleVi();
        this.titleZh = core.titleZh();
        this.summary = core.summary();
        this.status = core.status();
        this.units = new ArrayList<>(core.units());
    }

    private void takeCopy(CaseCopy copy) {
        take(copy.core());
        this.revision = copy.revision();
        this.persons = new ArrayList<>(copy.persons());
        this.seizures = new ArrayList<>(copy.seizures());
        this.shares = new ArrayList<>(copy.sharedWith().stream()
                .map(a -> new CaseShare(a, null, "partner:" + originAgency, 0)).toList());
    }

    // --- what the originating agency does ---

    /** Replaces the core; returns the fields that changed. Refused with nothing to change, and for a status reopening a closed case. */
    List<FieldChange> revise(CaseCore to, long now) {
        checkEditable();
        List<FieldChange> changes = core().changesTo(to);
        if (changes.isEmpty()) {
            throw conflict("cases.error.nothingChanged");
        }
        take(to);
        changed(now);
        return changes;
    }

    void addSeizure(Seizure s, long now) {
        checkEditable();
        seizures.add(s);
        changed(now);
    }

    Seizure removeSeizure(UUID seizureId, long now) {
        checkEditable();
        Seizure s = seizure(seizureId).orElseThrow(CasesChangeRefused::notFound);
        seizures.remove(s);
        changed(now);
        return s;
    }

    void link(CasePerson p, long now) {
        checkEditable();
        if (linked(p.personId()).isPresent()) {
            throw conflict("cases.error.personAlreadyLinked", p.names());
        }
        persons.add(p);
        changed(now);
    }

    CasePerson unlink(UUID personId, long now) {
        checkEditable();
        CasePerson p = linked(personId).orElseThrow(CasesChangeRefused::notFound);
        persons.remove(p);
        changed(now);
        return p;
    }

    /**
     * Throws unless {@link #shareWith} would record a copy for {@code agency}: the case is the own agency's, not
     * closed, not yet shared with it, and has a title in the partner's language ({@code vi}, {@code zh}, or null
     * for an agency of another country). Lets the caller check before it sends anything.
     */
    void checkSharable(String agency, String partnerLanguage) {
        checkEditable();
        if (agency.equals(originAgency)) {
            throw CasesChangeRefused.one(CasesChangeRefused.Reason.INVALID, "agency", "cases.error.shareWithSelf", agency);
        }
        if (sharedWith(agency).isPresent()) {
            throw conflict("cases.error.alreadyShared", agency);
        }
        if (partnerLanguage != null && core().title(partnerLanguage).isBlank()) {
            throw conflict("cases.error.partnerTitleMissing", term("cases.field." + titleField(partnerLanguage)), agency);
        }
    }

    void shareWith(String agency, String partnerLanguage, UUID messageId, String by, long now) {
        Objects.requireNonNull(messageId, "messageId");
        checkSharable(agency, partnerLanguage);
        shares.add(new CaseShare(agency, messageId, by, now));
    }

    /** A copy the partner already held before this node kept records (demo history); no message was sent. */
    void sharedBefore(String agency, String by, long at) {
        shares.add(new CaseShare(agency, null, by, at));
    }

    /** Refused for a partner's copy (its core is the partner's to change) and for a closed case (it changes no more). */
    void checkEditable() {
        if (!own) {
            throw conflict("cases.error.foreignCore", originAgency);
        }
        checkOpen();
    }

    /** Refused for a closed case: its core, tasks and links stay as they were when it closed. */
    void checkOpen() {
        if (status == CaseStatus.CLOSED) {
            throw conflict("cases.error.closed");
        }
    }

    /** Refused for an own case (its officers change it directly) and for a closed one. */
    void checkProposable() {
        if (own) {
            throw conflict("cases.error.proposeOnOwn");
        }
        checkOpen();
    }

    // --- what a partner's copy does ---

    /** A newer copy from the originating partner replaces what the case says; returns what changed. */
    Set<CaseField> refreshFromOrigin(CaseCopy copy, long now) {
        if (own) {
            throw new IllegalStateException("case " + id + " is the own agency's; a partner cannot replace it");
        }
        if (copy.revision() <= revision) {
            throw new IllegalArgumentException("revision " + copy.revision() + " is not newer than " + revision);
        }
        Set<CaseField> changed = EnumSet.noneOf(CaseField.class);
        core().changesTo(copy.core()).forEach(c -> changed.add(c.field()));
        if (!persons.equals(copy.persons())) {
            changed.add(CaseField.PERSONS);
        }
        if (!seizures.equals(copy.seizures())) {
            changed.add(CaseField.SEIZURES);
        }
        takeCopy(copy);
        this.updatedMs = now;
        return changed;
    }

    private void changed(long now) {
        revision++;
        updatedMs = now;
    }

    static CaseField titleField(String language) {
        return "zh".equals(language) ? CaseField.TITLE_ZH : CaseField.TITLE_VI;
    }

    Optional<CaseShare> sharedWith(String agency) {
        return shares.stream().filter(s -> s.agency().equals(agency)).findFirst();
    }

    Optional<CasePerson> linked(UUID personId) {
        return persons.stream().filter(p -> p.personId().equals(personId)).findFirst();
    }

    Optional<Seizure> seizure(UUID seizureId) {
        return seizures.stream().filter(s -> s.seizureId().equals(seizureId)).findFirst();
    }

    /** The copy partners are sent: the core, persons, seizures and who else holds a copy. */
    CaseCopy copy() {
        return new CaseCopy(id, originAgency, revision, crimeArea, titleVi, titleZh, summary, status, openedOn, openedBy,
                openedMs, units, persons, seizures, shares.stream().map(CaseShare::agency).toList());
    }

    CaseId id() {
        return new CaseId(id);
    }

    CaseCore core() {
        return new CaseCore(crimeArea, titleVi, titleZh, summary, status, units);
    }

    String originAgency() {
        return originAgency;
    }

    boolean own() {
        return own;
    }

    int revision() {
        return revision;
    }

    CaseStatus status() {
        return status;
    }

    LocalDate openedOn() {
        return openedOn;
    }

    String openedBy() {
        return openedBy;
    }

    long openedMs() {
        return openedMs;
    }

    long updatedMs() {
        return updatedMs;
    }

    long receivedMs() {
        return receivedMs;
    }

    Optional<UUID> receivedMessage() {
        return Optional.ofNullable(receivedMessage);
    }

    List<CasePerson> persons() {
        return List.copyOf(persons);
    }

    List<Seizure> seizures() {
        return List.copyOf(seizures);
    }

    List<CaseShare> shares() {
        return List.copyOf(shares);
    }
}
