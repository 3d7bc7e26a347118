package org.liaison.directory.internal;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;
import org.liaison.directory.Role;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;

/** An officer of the own agency who can log in to this node. */
class Officer {

    /** Failed logins in a row before the account is locked for {@link #LOCK_MS}. */
    static final int MAX_FAILED_LOGINS = 5;
    static final long LOCK_MS = 15 * 60 * 1000L;

    @Id
    private Long id;
    private final String username;
    private String passwordHash;
    private String fullName;
    private String rankTitle;
    private final String agencyCode;
    private Long unitId;
    private String roles;
    private String preferredLang;
    /** Where copies of in-app notifications go when mail is configured; null for none. */
    private String email;
    private boolean enabled;
    private int failedLogins;
    private long lockedUntilMs;
    @Version
    private Integer version;

    Officer(Long id, String username, String passwordHash, String fullName, String rankTitle, String agencyCode,
            Long unitId, String roles, String preferredLang, String email, boolean enabled, int failedLogins,
            long lockedUntilMs, Integer version) {
        this.id = id;
        this.username = username;
        this.passwordHash = passwordHash;
        this.fullName = fullName;
        this.rankTitle = rankTitle;
        this.agencyCode = agencyCode;
        this.unitId = unitId;
        this.roles = roles;
        this.preferredLang = preferredLang;
        this.email = email;
        this.enabled = enabled;
        this.failedLogins = failedLogins;
        this.lockedUntilMs = lockedUntilMs;
        this.version = version;
    }

    static Officer create(String username, String passwordHash, String fullName, String rankTitle,
                          String agencyCode, Long unitId, Set<Role> roles, String preferredLang) {
        if (roles.isEmpty()) {
            throw new IllegalArgumentException("an officer needs at least one role");
        }
        return new Officer(null, username, passwordHash, fullName, rankTitle, agencyCode, unitId,
                encode(roles), preferredLang, null, true, 0, 0, null);
    }

    void update(String fullName, String rankTitle, Long unitId, Set<Role> roles, boolean enabled) {
        if (roles.isEmpty()) {
            throw new IllegalArgumentException("an officer needs at least one role");
        }
        this.fullName = fullName;
        this.rankTitle = rankTitle;
        this.unitId = unitId;
        this.roles = encode(roles);
        this.enabled = enabled;
    }

    void changePassword(String passwordHash) {
        this.passwordHash = passwordHash;
        this.failedLogins = 0;
        this.lockedUntilMs = 0;
    }

    /** Counts a failed login; the fifth in a row locks the account for a while. */
    void loginFailed(long nowMs) {
        failedLogins++;
        if (failedLogins >= MAX_FAILED_LOGINS) {
            lockedUntilMs = nowMs + LOCK_MS;
            failedLogins = 0;
        }
    }

    /** Clears the failure count; true if there was anything to clear (most logins change nothing). */
    boolean loginSucceeded() {
        boolean changed = failedLogins != 0 || lockedUntilMs != 0;
        failedLogins = 0;
        lockedUntilMs = 0;
        return changed;
    }

    boolean lockedAt(long nowMs) {
        return lockedUntilMs > nowMs;
    }

    void changeEmail(String email) {
        this.email = email;
    }

    void preferLanguage(String lang) {
        this.preferredLang = lang;
    }

    private static String encode(Set<Role> roles) {
        return roles.stream().map(Enum::name).sorted().collect(Collectors.joining(","));
    }

    Set<Role> roleSet() {
        Set<Role> set = EnumSet.noneOf(Role.class);
        Arrays.stream(roles.split(",")).filter(s -> !s.isBlank()).map(Role::valueOf).forEach(set::add);
        return set;
    }

    Long id() { return id; }
    String username() { return username; }
    String passwordHash() { return passwordHash; }
    String fullName() { return fullName; }
    String rankTitle() { return rankTitle; }
    String agencyCode() { return agencyCode; }
    Long unitId() { return unitId; }
    String preferredLang() { return preferredLang; }
    String email() { return email; }
    boolean enabled() { return enabled; }
    int failedLogins() { return failedLogins; }
    long lockedUntilMs() { return lockedUntilMs; }
    Integer version() { return version; }
}
