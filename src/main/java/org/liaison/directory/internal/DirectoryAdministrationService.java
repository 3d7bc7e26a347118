package org.liaison.directory.internal;

import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Objects;
import java.util.Set;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.liaison.audit.AuditEntry;
import org.liaison.audit.AuditLog;
import org.liaison.directory.Role;
import org.liaison.shared.AgencyCode;
import org.liaison.shared.NodeProperties;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The administrator's changes to the directory. Every method checks the whole change first and writes only
 * when nothing is wrong; the audit entry commits in the same transaction as the record.
 */
@Service
class DirectoryAdministrationService implements DirectoryAdministration {

    static final int MIN_PASSWORD_LENGTH = 12;
    /** BCrypt reads at most 72 bytes; a longer password would be silently cut, so it is refused instead. */
    static final int MAX_PASSWORD_BYTES = 72;
    static final Set<String> LANGUAGES = Set.of("vi", "zh-CN", "en");
    static final int MAX_EMAIL_LENGTH = 254;
    /** A plain internet address (ASCII, a dotted domain): nothing a mail header could be smuggled through. */
    static final Pattern EMAIL = Pattern.compile(
            "[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+@[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)+");

    private final Agencies agencies;
    private final Units units;
    private final Officers officers;
    private final CounterpartPairs pairs;
    private final BorderGates gates;
    private final AuditLog audit;
    private final PasswordEncoder passwords;
    private final NodeProperties node;

    DirectoryAdministrationService(Agencies agencies, Units units, Officers officers, CounterpartPairs pairs,
                                   BorderGates gates, AuditLog audit, PasswordEncoder passwords, NodeProperties node) {
        this.agencies = agencies;
        this.units = units;
        this.officers = officers;
        this.pairs = pairs;
        this.gates = gates;
        this.audit = audit;
        this.passwords = passwords;
        this.node = node;
    }

    // --- agencies ---

    @Override
    @Transactional
    public String createAgency(Actor actor, AgencyDraft d) {
        Problems problems = new Problems();
        if (problems.required("code", d.code())) {
            if (!AgencyCode.isValid(d.code())) {
                problems.invalid("code", "directory.validation.agencyCode");
            } else if (agencies.existsById(d.code())) {
                problems.duplicate("code", "directory.error.agencyCodeTaken", d.code());
            }
        }
        requireAgencyNames(problems, d);
        problems.throwIfAny();
        Agency agency = Agency.create(d.code(), d.nameLocal(), d.namePartner(), d.nameEn(), false);
        saving(() -> agencies.save(agency), "code", "directory.error.agencyCodeTaken", d.code());
        logChange(actor, "CREATE", "agency", d.code(), "code=" + d.code() + ", en=" + d.nameEn());
        return d.code();
    }

    @Override
    @Transactional
    public void updateAgency(Actor actor, String code, int expectedVersion, AgencyDraft d) {
        Agency agency = agencies.findById(code).orElseThrow(() -> notFound("agency", code));
        Problems problems = new Problems();
        checkVersion(problems, agency.version(), expectedVersion);
        requireAgencyNames(problems, d);
        problems.throwIfAny();
        agency.rename(d.nameLocal(), d.namePartner(), d.nameEn());
        saving(() -> agencies.save(agency), null, null);
        logChange(actor, "UPDATE", "agency", code, "en=" + d.nameEn());
    }

    private static void requireAgencyNames(Problems problems, AgencyDraft d) {
        problems.required("nameLocal", d.nameLocal());
        problems.required("namePartner", d.namePartner());
        problems.required("nameEn", d.nameEn());
    }

    // --- units ---

    @Override
    @Transactional
    public long createUnit(Actor actor, UnitDraft d) {
        Problems problems = new Problems();
        boolean agencyKnown = false;
        if (problems.required("agencyCode", d.agencyCode())) {
            agencyKnown = agencies.existsById(d.agencyCode());
            if (!agencyKnown) {
                problems.invalid("agencyCode", "directory.error.unknownAgency", d.agencyCode());
            }
        }
        if (problems.required("code", d.code()) && agencyKnown
                && units.existsByAgencyCodeAndCode(d.agencyCode(), d.code())) {
            problems.duplicate("code", "directory.error.unitCodeTaken", d.code(), d.agencyCode());
        }
        Long parentId = agencyKnown ? parentId(problems, d.agencyCode(), d.parentCode()) : null;
        requireUnitFields(problems, d);
        problems.throwIfAny();
        Unit saved = saving(() -> units.save(Unit.create(d.agencyCode(), d.code(), d.kind(), parentId,
                d.nameLocal(), d.namePartner(), d.nameEn())), "code", "directory.error.unitCodeTaken", d.code(), d.agencyCode());
        logChange(actor, "CREATE", "unit", saved.id(), "agency=" + d.agencyCode() + ", code=" + d.code() + ", kind=" + d.kind());
        return saved.id();
    }

    @Override
    @Transactional
    public void updateUnit(Actor actor, long id, int expectedVersion, UnitDraft d) {
        Unit unit = units.findById(id).orElseThrow(() -> notFound("unit", id));
        Problems problems = new Problems();
        checkVersion(problems, unit.version(), expectedVersion);
        Long parentId = parentId(problems, unit.agencyCode(), d.parentCode());
        if (parentId != null && leadsBackTo(id, parentId)) {
            problems.invalid("parentCode", "directory.error.parentLoop", d.parentCode(), unit.code());
        }
        requireUnitFields(problems, d);
        problems.throwIfAny();
        saving(() -> units.save(unit.withNames(d.kind(), parentId, d.nameLocal(), d.namePartner(), d.nameEn())), null, null);
        logChange(actor, "UPDATE", "unit", id, "code=" + unit.code() + ", kind=" + d.kind() + ", parent=" + text(d.parentCode()));
    }

    /** The parent's id when a parent code is given and names a unit of the agency; null otherwise. */
    private Long parentId(Problems problems, String agencyCode, String parentCode) {
        if (parentCode == null || parentCode.isBlank()) {
            return null;
        }
        return units.findByAgencyCodeAndCode(agencyCode, parentCode).map(Unit::id).orElseGet(() -> {
            problems.invalid("parentCode", "directory.error.unknownParent", parentCode, agencyCode);
            return null;
        });
    }

    /** True when walking up from {@code parentId} reaches the unit itself: the change would make a loop. */
    private boolean leadsBackTo(long unitId, long parentId) {
        Set<Long> seen = new HashSet<>();
        Long at = parentId;
        while (at != null && seen.add(at)) {
            if (at == unitId) {
                return true;
            }
            at = units.findById(at).map(Unit::parentId).orElse(null);
        }
        return false;
    }

    private static void requireUnitFields(Problems problems, UnitDraft d) {
        problems.required("kind", d.kind());
        problems.required("nameLocal", d.nameLocal());
        problems.required("namePartner", d.namePartner());
        problems.required("nameEn", d.nameEn());
    }

    // --- officers ---

    @Override
    @Transactional
    public long createOfficer(Actor actor, OfficerDraft d) {
        Problems problems = new Problems();
        if (problems.required("agencyCode", d.agencyCode())) {
            if (!agencies.existsById(d.agencyCode())) {
                problems.invalid("agencyCode", "directory.error.unknownAgency", d.agencyCode());
            } else if (!d.agencyCode().equals(node.agency())) {
                problems.invalid("agencyCode", "directory.error.officerOfOtherAgency", d.agencyCode(), node.agency());
            }
        }
        if (problems.required("username", d.username()) && officers.findByUsername(d.username()).isPresent()) {
            problems.duplicate("username", "directory.error.usernameTaken", d.username());
        }
        if (problems.required("password", d.password())) {
            checkPassword(problems, d.password());
        }
        checkOfficerFields(problems, d);
        problems.throwIfAny();
        Officer officer = Officer.create(d.username(), passwords.encode(d.password()), d.fullName(), text(d.rankTitle()),
                node.agency(), d.unitId(), d.roles(), language(d.preferredLang()));
        if (!d.enabled()) {
            officer.update(d.fullName(), text(d.rankTitle()), d.unitId(), d.roles(), false);
        }
        officer.changeEmail(email(d.email()));
        Officer saved = saving(() -> officers.save(officer), "username", "directory.error.usernameTaken", d.username());
        logChange(actor, "CREATE", "officer", saved.id(), "username=" + d.username() + ", roles=" + roles(d.roles())
                + ", enabled=" + d.enabled());
        return saved.id();
    }

    @Override
    @Transactional
    public void updateOfficer(Actor actor, long id, int expectedVersion, OfficerDraft d) {
        Officer officer = officers.findById(id)
                .filter(o -> o.agencyCode().equals(node.agency()))
                .orElseThrow(() -> notFound("officer", id));
        Problems problems = new Problems();
        checkVersion(problems, officer.version(), expectedVersion);
        boolean newPassword = d.password() != null && !d.password().isEmpty();
        if (newPassword) {
            checkPassword(problems, d.password());
        }
        checkOfficerFields(problems, d);
        // An administrator who takes away their own rights could leave the node without anyone to manage it.
        if (officer.id() == actor.officer().id() && d.roles() != null
                && (!d.roles().contains(Role.ADMIN) || !d.enabled())) {
            problems.invalid("roles", "directory.error.ownAdminRights");
        }
        problems.throwIfAny();
        officer.update(d.fullName(), text(d.rankTitle()), d.unitId(), d.roles(), d.enabled());
        officer.changeEmail(email(d.email()));
        if (d.preferredLang() != null) {
            officer.preferLanguage(language(d.preferredLang()));
        }
        if (newPassword) {
            officer.changePassword(passwords.encode(d.password()));
        }
        saving(() -> officers.save(officer), null, null);
        logChange(actor, "UPDATE", "officer", id, "username=" + officer.username() + ", roles=" + roles(d.roles())
                + ", enabled=" + d.enabled() + (newPassword ? ", password changed" : ""));
    }

    private void checkOfficerFields(Problems problems, OfficerDraft d) {
        problems.required("fullName", d.fullName());
        if (d.roles() == null || d.roles().isEmpty()) {
            problems.invalid("roles", "directory.validation.rolesRequired");
        }
        if (d.unitId() != null && units.findById(d.unitId()).filter(u -> u.agencyCode().equals(node.agency())).isEmpty()) {
            problems.invalid("unitId", "directory.error.unitNotOwnAgency", node.agency());
        }
        if (d.preferredLang() != null && !LANGUAGES.contains(d.preferredLang())) {
            problems.invalid("preferredLang", "directory.validation.language");
        }
        String email = email(d.email());
        if (email != null && (email.length() > MAX_EMAIL_LENGTH || !EMAIL.matcher(email).matches())) {
            problems.invalid("email", "directory.validation.email", email);
        }
    }

    /** A blank address is none. */
    private static String email(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static void checkPassword(Problems problems, String password) {
        if (password.length() < MIN_PASSWORD_LENGTH) {
            problems.invalid("password", "directory.validation.passwordLength");
        } else if (password.getBytes(StandardCharsets.UTF_8).length > MAX_PASSWORD_BYTES) {
            problems.invalid("password", "directory.validation.passwordTooLong");
        }
    }

    private String language(String preferred) {
        if (preferred != null && LANGUAGES.contains(preferred)) {
            return preferred;
        }
        return node.agency().startsWith("CN") ? "zh-CN" : node.agency().startsWith("VN") ? "vi" : "en";
    }

    // --- counterpart pairs ---

    @Override
    @Transactional
    public long createPair(Actor actor, PairDraft d) {
        Problems problems = new Problems();
        Unit[] both = pairUnits(problems, d);
        if (both != null && pairs.existsByUnitIdAndPartnerUnitId(both[0].id(), both[1].id())) {
            problems.duplicate("partnerUnitId", "directory.error.pairExists", both[0].code(), both[1].code());
        }
        problems.throwIfAny();
        CounterpartPair saved = saving(() -> pairs.save(CounterpartPair.create(d.unitId(), d.partnerUnitId(), text(d.note()))),
                "partnerUnitId", "directory.error.pairExists", both[0].code(), both[1].code());
        logChange(actor, "CREATE", "counterpart_pair", saved.id(), both[0].code() + " <> " + both[1].code());
        return saved.id();
    }

    @Override
    @Transactional
    public void updatePair(Actor actor, long id, int expectedVersion, PairDraft d) {
        CounterpartPair pair = pairs.findById(id).orElseThrow(() -> notFound("counterpart_pair", id));
        Problems problems = new Problems();
        checkVersion(problems, pair.version(), expectedVersion);
        Unit[] both = pairUnits(problems, d);
        if (both != null && pairs.findByUnitIdAndPartnerUnitId(both[0].id(), both[1].id())
                .filter(other -> !other.id().equals(id)).isPresent()) {
            problems.duplicate("partnerUnitId", "directory.error.pairExists", both[0].code(), both[1].code());
        }
        problems.throwIfAny();
        saving(() -> pairs.save(pair.relink(d.unitId(), d.partnerUnitId(), text(d.note()))),
                "partnerUnitId", "directory.error.pairExists", both[0].code(), both[1].code());
        logChange(actor, "UPDATE", "counterpart_pair", id, both[0].code() + " <> " + both[1].code());
    }

    /** The own unit and the partner unit, or null when either is missing or they do not form a cross-border pair. */
    private Unit[] pairUnits(Problems problems, PairDraft d) {
        Unit here = pairUnit(problems, "unitId", d.unitId());
        Unit there = pairUnit(problems, "partnerUnitId", d.partnerUnitId());
        if (here != null && !here.agencyCode().equals(node.agency())) {
            problems.invalid("unitId", "directory.error.pairUnitNotOwn", here.code(), node.agency());
            return null;
        }
        if (here != null && there != null && here.agencyCode().equals(there.agencyCode())) {
            problems.invalid("partnerUnitId", "directory.error.pairSameAgency", there.code(), there.agencyCode());
            return null;
        }
        return here == null || there == null ? null : new Unit[] {here, there};
    }

    private Unit pairUnit(Problems problems, String field, Long id) {
        if (!problems.required(field, id)) {
            return null;
        }
        return units.findById(id).orElseGet(() -> {
            problems.invalid(field, "directory.error.unknownUnit", id);
            return null;
        });
    }

    // --- border gates ---

    @Override
    @Transactional
    public long createGate(Actor actor, GateDraft d) {
        Problems problems = new Problems();
        if (problems.required("code", d.code()) && gates.existsByCode(d.code())) {
            problems.duplicate("code", "directory.error.gateCodeTaken", d.code());
        }
        requireGateNames(problems, d);
        problems.throwIfAny();
        BorderGate saved = saving(() -> gates.save(BorderGate.create(d.code(), d.nameVi(), d.nameZh(), d.nameEn(),
                text(d.placeVn()), text(d.placeCn()))), "code", "directory.error.gateCodeTaken", d.code());
        logChange(actor, "CREATE", "border_gate", saved.id(), "code=" + d.code() + ", en=" + d.nameEn());
        return saved.id();
    }

    @Override
    @Transactional
    public void updateGate(Actor actor, long id, int expectedVersion, GateDraft d) {
        BorderGate gate = gates.findById(id).orElseThrow(() -> notFound("border_gate", id));
        Problems problems = new Problems();
        checkVersion(problems, gate.version(), expectedVersion);
        requireGateNames(problems, d);
        problems.throwIfAny();
        saving(() -> gates.save(gate.withNames(d.nameVi(), d.nameZh(), d.nameEn(), text(d.placeVn()), text(d.placeCn()))),
                null, null);
        logChange(actor, "UPDATE", "border_gate", id, "code=" + gate.code() + ", en=" + d.nameEn());
    }

    private static void requireGateNames(Problems problems, GateDraft d) {
        problems.required("nameVi", d.nameVi());
        problems.required("nameZh", d.nameZh());
        problems.required("nameEn", d.nameEn());
    }

    // --- shared ---

    private static void checkVersion(Problems problems, Integer current, int expected) {
        if (!Objects.equals(current, expected)) {
            problems.stale();
        }
    }

    /**
     * Saves; a unique key hit by a concurrent change (after the checks passed) becomes the same refusal the
     * checks give, and a concurrent update becomes a stale refusal. Either way the transaction rolls back.
     */
    private static <T> T saving(Supplier<T> save, String field, String duplicateKey, Object... args) {
        try {
            return save.get();
        } catch (DuplicateKeyException e) {
            if (duplicateKey == null) {
                throw e;
            }
            throw DirectoryChangeRefused.one(DirectoryChangeRefused.Reason.DUPLICATE, field, duplicateKey, args);
        } catch (OptimisticLockingFailureException e) {
            throw DirectoryChangeRefused.one(DirectoryChangeRefused.Reason.STALE, null, "directory.error.stale");
        }
    }

    private static DirectoryChangeRefused notFound(String recordType, Object id) {
        return DirectoryChangeRefused.one(DirectoryChangeRefused.Reason.NOT_FOUND, null, "directory.error.notFound");
    }

    private void logChange(Actor actor, String action, String recordType, Object id, String detail) {
        audit.append(new AuditEntry(actor.officer().username(), actor.officer().agency(), action, recordType,
                String.valueOf(id), actor.remoteAddr(), detail));
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }

    private static String roles(Set<Role> roles) {
        return roles.stream().sorted().map(Role::name).collect(Collectors.joining(","));
    }
}
