package org.liaison.persons.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.liaison.persons.BirthDate;
import org.liaison.persons.CrimeArea;
import org.liaison.persons.DocumentType;
import org.liaison.persons.HandlingCode;
import org.liaison.persons.IdentityDocument;
import org.liaison.persons.NameKind;
import org.liaison.persons.NameScript;
import org.liaison.persons.PersonId;
import org.liaison.persons.PersonName;
import org.liaison.persons.Sex;
import org.liaison.persons.WantedNoticeStatus;
import org.liaison.support.PostgresTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.transaction.annotation.Transactional;

/**
 * Person records and wanted notices round-trip on H2 and on PostgreSQL alike: names and documents in order, the
 * birth date at its precision (or none), the list's search and filters, shares and photos, stale updates refused.
 * Each test runs in a transaction that is rolled back, so the demo records stay as seeded.
 */
class PersonsPersistenceIntegrationTest {

    static final long NOW = 1_750_000_000_000L;

    @Transactional
    abstract static class Checks {

        @Autowired
        PersonRecords persons;
        @Autowired
        WantedNoticeRecords notices;
        @Autowired
        Photos photos;

        static Particulars hoangVanSau() {
            return new Particulars(List.of(
                    new PersonName("Hoàng Văn Sáu", NameScript.VIETNAMESE, NameKind.PRIMARY),
                    new PersonName("HOANG VAN SAU", NameScript.LATIN, NameKind.AS_ON_DOCUMENT),
                    new PersonName("黄文六", NameScript.HAN, NameKind.ALIAS)),
                    Sex.MALE, BirthDate.of(java.time.YearMonth.of(1984, 2)), "VNM",
                    List.of(new IdentityDocument(DocumentType.VN_CITIZEN_ID, "004084000777", "VNM"),
                            new IdentityDocument(DocumentType.PASSPORT, "C1234567", "VNM")));
        }

        @Test
        void keepsNamesDocumentsAndTheBirthDateAtItsPrecision() {
            Person saved = persons.save(Person.record(hoangVanSau(), "VN-CB", "cb.officer", NOW));

            Person loaded = persons.findById(saved.id().value()).orElseThrow();
            assertThat(loaded.particulars()).isEqualTo(hoangVanSau());
            assertThat(loaded.own()).isTrue();
            assertThat(loaded.version()).isZero();
        }

        @Test
        void anUnknownBirthDateAndNationalityStayUnknown() {
            Particulars vague = new Particulars(List.of(new PersonName("Tuấn Còi", NameScript.VIETNAMESE, NameKind.PRIMARY)),
                    Sex.UNKNOWN, null, null, List.of());
            Person saved = persons.save(Person.record(vague, "VN-CB", "cb.officer", NOW));

            Particulars loaded = persons.findById(saved.id().value()).orElseThrow().particulars();
            assertThat(loaded.birthDate()).isNull();
            assertThat(loaded.nationality()).isNull();
            assertThat(loaded.documents()).isEmpty();
        }

        @Test
        void aRevisionReplacesTheRowsAndAStaleOneIsRefused() {
            Person saved = persons.save(Person.record(hoangVanSau(), "VN-CB", "cb.officer", NOW));
            Person first = persons.findById(saved.id().value()).orElseThrow();
            Person second = persons.findById(saved.id().value()).orElseThrow();

            Particulars fewer = new Particulars(List.of(new PersonName("Hoàng Văn Sáu", NameScript.VIETNAMESE,
                    NameKind.PRIMARY)), Sex.MALE, BirthDate.about(1984), "VNM", List.of());
            first.revise(fewer, NOW + 1);
            persons.save(first);
            assertThat(persons.findById(saved.id().value()).orElseThrow().particulars()).isEqualTo(fewer);

            second.revise(hoangVanSau(), NOW + 2);
            assertThatThrownBy(() -> persons.save(second)).isInstanceOf(OptimisticLockingFailureException.class);
        }

        @Test
        void searchesFoldedNamesAndNumbersAndFiltersByOrigin() {
            Person own = persons.save(Person.record(hoangVanSau(), "VN-CB", "cb.officer", NOW));
            Person received = persons.save(Person.received(new PersonId(UUID.randomUUID()), "CN-GX",
                    new Particulars(List.of(new PersonName("黄文六", NameScript.HAN, NameKind.PRIMARY)), Sex.MALE, null,
                            "CHN", List.of()), NOW));

            assertThat(ids(persons.search("%hoang van sau%", null, 100))).contains(own.id()).doesNotContain(received.id());
            assertThat(ids(persons.search("%004084000777%", null, 100))).contains(own.id());
            assertThat(ids(persons.search("%黄文六%", null, 100))).contains(own.id(), received.id());
            assertThat(ids(persons.search("%黄文六%", false, 100))).containsExactly(received.id());
            assertThat(ids(persons.search("%黄文六%", true, 100))).contains(own.id()).doesNotContain(received.id());
            // a % typed by the user is a character, not a wildcard
            assertThat(persons.search("%" + PersonsService.escapeLike("%") + "%", null, 100)).isEmpty();
        }

        @Test
        void keepsANoticeWithItsSharesAndPhotoAndFiltersTheList() {
            Person person = persons.save(Person.record(hoangVanSau(), "VN-CB", "cb.officer", NOW));
            NoticeTerms terms = new NoticeTerms("Mua bán trái phép chất ma túy.", CrimeArea.DRUGS, "Công an tỉnh Cao Bằng",
                    "18/QĐ-CSĐT", "Có dao.", HandlingCode.LAW_ENFORCEMENT_ONLY);
            WantedNotice notice = WantedNotice.issue(person.id(), terms, "image/png", "VN-CB", "cb.officer", NOW);
            UUID message = UUID.randomUUID();
            notice.shareWith("CN-GX", message, "cb.officer", NOW + 5);
            notices.save(notice);
            byte[] png = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 1, 2, 3};
            photos.put(notice.id().value(), new NoticePhoto("image/png", png));

            WantedNotice loaded = notices.findById(notice.id().value()).orElseThrow();
            assertThat(loaded.terms()).isEqualTo(terms);
            assertThat(loaded.sharedWith("CN-GX")).hasValueSatisfying(s -> assertThat(s.messageId()).isEqualTo(message));
            assertThat(photos.find(notice.id().value())).hasValueSatisfying(p -> assertThat(p.bytes()).isEqualTo(png));

            assertThat(notices.list(true, "ACTIVE", "DRUGS", 100)).extracting(WantedNotice::id).contains(notice.id());
            assertThat(notices.list(null, null, null, 100)).extracting(WantedNotice::id).contains(notice.id());
            assertThat(notices.list(false, null, null, 100)).extracting(WantedNotice::id).doesNotContain(notice.id());
            assertThat(notices.list(null, "WITHDRAWN", null, 100)).extracting(WantedNotice::id).doesNotContain(notice.id());
            assertThat(notices.list(null, null, "FIREARMS", 100)).extracting(WantedNotice::id).doesNotContain(notice.id());

            loaded.close(WantedNoticeStatus.WITHDRAWN, "Quyết định bị hủy.", "cb.supervisor", NOW + 9);
            notices.save(loaded);
            assertThat(notices.findById(notice.id().value()).orElseThrow().status()).isEqualTo(WantedNoticeStatus.WITHDRAWN);
        }

        @Test
        void theDemoRecordsAreSeededWithValidNumbers() {
            LocalDate today = LocalDate.now();
            List<Person> all = persons.findAll();
            assertThat(all).filteredOn(Person::own).extracting(p -> p.particulars().displayName(java.util.Locale.of("vi")).text())
                    .contains("Hoàng Thị Mai", "Lương Văn Đức", "Nông Văn Tuấn");
            assertThat(all).filteredOn(p -> !p.own()).extracting(Person::originAgency).containsOnly("CN-GX");
            for (Person p : all) {
                for (IdentityDocument d : p.particulars().documents()) {
                    assertThat(IdNumbers.read(d.type(), d.number(), today).isValid()).as(d.number()).isTrue();
                }
            }
        }

        static List<PersonId> ids(List<Person> found) {
            return found.stream().map(Person::id).toList();
        }
    }

    @Nested
    @SpringBootTest(properties = "liaison.exchange.worker-enabled=false")
    class OnH2 extends Checks {
    }

    @Nested
    @SpringBootTest(properties = "liaison.exchange.worker-enabled=false")
    @PostgresTest
    class OnPostgres extends Checks {
    }
}
