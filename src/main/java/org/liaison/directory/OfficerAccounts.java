package org.liaison.directory;

import java.util.List;
import java.util.Optional;
import org.liaison.shared.CurrentOfficer;

/** Log-in facts about officers and their personal API tokens; used by the security layer. */
public interface OfficerAccounts {

    Optional<OfficerLogin> findLogin(String username);

    /** Counts a failed password; enough in a row lock the account for a while. */
    void loginFailed(String username, String remoteAddr);

    void loginSucceeded(String username, String remoteAddr);

    /** The officer a raw API token belongs to, when the token is known and not revoked. */
    Optional<CurrentOfficer> authenticateToken(String rawToken);

    /** Creates a token; the raw value is in the result only, never stored. */
    CreatedToken createToken(CurrentOfficer owner, String name);

    List<TokenSummary> tokens(CurrentOfficer owner);

    /** Revokes one of the owner's tokens; false when it is not theirs or does not exist. */
    boolean revokeToken(CurrentOfficer owner, long tokenId);

    void preferLanguage(CurrentOfficer officer, String lang);

    /** What the security layer needs to check a password log-in. */
    record OfficerLogin(CurrentOfficer officer, String passwordHash, boolean enabled, boolean locked,
                        String preferredLang) {
    }

    record CreatedToken(long id, String name, String rawToken) {
    }

    record TokenSummary(long id, String name, String prefix, java.time.Instant created, java.time.Instant lastUsed,
                        boolean revoked) {
    }
}
