package org.liaison.persons.internal;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;
import org.springframework.data.repository.query.Param;

interface PersonRecords extends ListCrudRepository<Person, UUID> {

    /** Newest first (a filter left null matches everything); {@code pattern} is a LIKE pattern on the folded names and numbers, escaped with {@code !}. */
    @Query("SELECT * FROM person WHERE search_key LIKE :pattern ESCAPE '!' AND (CAST(:own AS BOOLEAN) IS NULL OR own = :own)"
            + " ORDER BY updated_ms DESC, id LIMIT :limit")
    List<Person> search(@Param("pattern") String pattern, @Param("own") Boolean own, @Param("limit") int limit);

    boolean existsByOwn(boolean own);

    /** Up to {@code limit} records in id order, starting after {@code after} (from the first when null). */
    @Query("SELECT * FROM person WHERE (CAST(:after AS UUID) IS NULL OR id > :after) ORDER BY id LIMIT :limit")
    List<Person> page(@Param("after") UUID after, @Param("limit") int limit);
}

interface WantedNoticeRecords extends ListCrudRepository<WantedNotice, UUID> {

    @Query("SELECT * FROM wanted_notice WHERE (CAST(:own AS BOOLEAN) IS NULL OR own = :own) AND (CAST(:status AS VARCHAR(20)) IS NULL OR status = :status)"
            + " AND (CAST(:area AS VARCHAR(30)) IS NULL OR crime_area = :area) ORDER BY issued_ms DESC, id LIMIT :limit")
    List<WantedNotice> list(@Param("own") Boolean own, @Param("status") String status, @Param("area") String area,
                            @Param("limit") int limit);

    List<WantedNotice> findByPersonIdOrderByIssuedMsDesc(UUID personId);
}
