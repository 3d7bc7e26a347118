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

    /** Every unit of every agency in the directory, the own agency's first, each agency's in code order. */
    List<UnitSummary> units();

    /** The own agency's officers who may log in (enabled accounts), by user name. */
    List<OfficerSummary> officers();

    /** The agency's units, by code. */
    List<UnitSummary> units(String agencyCode);

    Optional<UnitSummary> unit(long id);

    /** A unit by its agency and code: the way both nodes name the same unit (ids differ between nodes). */
    Optional<UnitSummary> unit(String agencyCode, String unitCode);

    /** The partner agencies' units paired with this own unit as its counterparts. */
    List<UnitSummary> counterparts(long ownUnitId);

    /** Every partner unit that is the counterpart of some own unit. */
    List<UnitSummary> counterparts();

    /** The border gates between the agencies, by code; the code is the same on every node. */
    List<GateSummary> gates();

    Optional<GateSummary> gate(String code);

    /** The own agency's enabled officers of a unit. */
    List<OfficerSummary> officers(long unitId);

    /** An own agency's officer by user name, enabled or not. */
    Optional<OfficerSummary> officer(String username);

    /**
     * Where an enabled own officer's notifications may also be mailed, in the language they read; empty when the
     * officer has no address or cannot log in.
     */
    Optional<Mailbox> mailbox(String username);

    /** @param language {@code vi}, {@code zh-CN} or {@code en} */
    record Mailbox(String address, String language) {
    }

    record UnitSummary(long id, String agencyCode, String code, UnitKind kind, String nameLocal, String namePartner,
                       String nameEn) {
    }

    /** A border gate with the names both countries use for it and the place on each side. */
    record GateSummary(String code, String nameVi, String nameZh, String nameEn, String placeVn, String placeCn) {

        /** The gate's name in the reader's language: Vietnamese, Chinese, else English. */
        public String name(Locale locale) {
            return switch (locale.getLanguage()) {
                case "vi" -> nameVi;
                case "zh" -> nameZh;
                default -> nameEn;
            };
        }
    }

    record OfficerSummary(long id, String username, String fullName, Long unitId, Set<Role> roles, boolean enabled) {
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
