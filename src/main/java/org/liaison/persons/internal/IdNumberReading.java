package org.liaison.persons.internal;

import java.util.Optional;
import org.liaison.persons.BirthDate;
import org.liaison.persons.Sex;

/**
 * What an identity number says about its holder, or why it is not a valid number of its kind.
 *
 * @param number     the number as normalised (spaces removed, upper case)
 * @param problem    why the number is invalid; empty when it is valid
 * @param birth      the birth date the number encodes (a full date or a year), or null
 * @param sex        the sex the number encodes, or null
 * @param regionCode the code of the region that issued it (VN province, CN province), or null
 * @param regionName that region's name in its own language, or null
 */
public record IdNumberReading(String number, Optional<Explanation> problem, BirthDate birth, Sex sex,
                             String regionCode, String regionName) {

    static IdNumberReading invalid(String number, String key, Object... args) {
        return new IdNumberReading(number, Optional.of(Explanation.of(key, args)), null, null, null, null);
    }

    static IdNumberReading valid(String number, BirthDate birth, Sex sex, String regionCode, String regionName) {
        return new IdNumberReading(number, Optional.empty(), birth, sex, regionCode, regionName);
    }

    public boolean isValid() {
        return problem.isEmpty();
    }
}
