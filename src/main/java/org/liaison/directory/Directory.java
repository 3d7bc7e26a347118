package org.liaison.directory;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/** Read access to the directory for other modules: agencies, units, gates, in the reader's language. */
public interface Directory {

    /** The own agency of this node. */
    AgencySummary ownAgency();

    List<AgencySummary> agencies();

    Optional<AgencySummary> agency(String code);

    /** The name to show for a record with local, partner and English names, for this reader. */
    String displayName(String nameLocal, String namePartner, String nameEn, Locale locale);

    /** Every unit of every agency in the directory, each agency's in code order; a unit is known by agency and code. */
    List<UnitSummary> units();

    /** The own agency's officers who may log in (enabled accounts), by user name. */
    List<OfficerSummary> officers();

    record UnitSummary(String agencyCode, String code, String nameLocal, String namePartner, String nameEn) {
    }

    /** @param roles role names without prefix: OFFICER, SUPERVISOR, ADMIN, AUDITOR */
    record OfficerSummary(String username, String fullName, String unitCode, Set<String> roles) {
    }

    record AgencySummary(String code, String country, String nameLocal, String namePartner, String nameEn, boolean own) {

        /** Vietnamese readers see the Vietnamese name, Chinese readers the Chinese one, others English. */
        public String name(Locale locale, String ownCountry) {
            String lang = locale.getLanguage();
            String localLang = "VN".equals(ownCountry) ? "vi" : "zh";
            if (lang.equals(localLang)) {
                return nameLocal;
            }
            if (lang.equals("vi") || lang.equals("zh")) {
                return namePartner;
            }
            return nameEn;
        }
    }
}
