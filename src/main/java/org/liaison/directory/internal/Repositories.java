package org.liaison.directory.internal;

import java.util.List;
import java.util.Optional;
import org.springframework.data.repository.ListCrudRepository;

interface Agencies extends ListCrudRepository<Agency, String> {
    List<Agency> findAllByOrderByOwnDescCodeAsc();
}

interface Units extends ListCrudRepository<Unit, Long> {
    List<Unit> findByAgencyCodeOrderByCode(String agencyCode);

    Optional<Unit> findByAgencyCodeAndCode(String agencyCode, String code);

    boolean existsByAgencyCodeAndCode(String agencyCode, String code);
}

interface Officers extends ListCrudRepository<Officer, Long> {
    Optional<Officer> findByUsername(String username);

    List<Officer> findAllByOrderByUsername();
}

interface CounterpartPairs extends ListCrudRepository<CounterpartPair, Long> {
    boolean existsByUnitIdAndPartnerUnitId(long unitId, long partnerUnitId);

    Optional<CounterpartPair> findByUnitIdAndPartnerUnitId(long unitId, long partnerUnitId);
}

interface BorderGates extends ListCrudRepository<BorderGate, Long> {
    List<BorderGate> findAllByOrderByCode();

    boolean existsByCode(String code);

    Optional<BorderGate> findByCode(String code);
}

interface ApiTokens extends ListCrudRepository<ApiToken, Long> {
    Optional<ApiToken> findByTokenHash(String tokenHash);

    List<ApiToken> findByOfficerIdOrderByCreatedMsDesc(long officerId);
}
