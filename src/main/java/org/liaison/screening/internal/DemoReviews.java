package org.liaison.screening.internal;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import org.liaison.persons.BirthDate;
import org.liaison.persons.NameKind;
import org.liaison.persons.NameScript;
import org.liaison.persons.PersonId;
import org.liaison.persons.PersonName;
import org.liaison.persons.Sex;
import org.liaison.persons.WantedNoticeId;

/**
 * The demo's review history: hits the seeded screening finds that officers had already reviewed. Notices and persons
 * are the persons module's demo records, named by their keys (the ids derive from the keys the same way). A confirmed
 * hit is also seeded on the notice's owner as the confirmation it had received, with the particulars the confirming
 * node shares of its record.
 */
final class DemoReviews {

    private DemoReviews() {
    }

    /**
     * @param agency     the node that found and reviewed the hit
     * @param owner      the agency that issued the notice
     * @param reviewer   the reviewing officer's user name and full name (as in the demo directory)
     * @param shared     for a confirmed hit: what the reviewing node shared of its record with the owner
     * @param daysAgo    when the hit was found and reviewed (0: at seed time)
     */
    record Review(String agency, String owner, String noticeKey, String personKey, HitStatus status, String reviewer,
                  String reviewerName, String note, Wire.Person shared, int daysAgo) {

        WantedNoticeId notice() {
            return new WantedNoticeId(uuid("notice:" + noticeKey));
        }

        PersonId person() {
            return new PersonId(uuid("person:" + personKey));
        }
    }

    /** The same derivation as the persons module's demo records. */
    static UUID uuid(String key) {
        return UUID.nameUUIDFromBytes(("liaison-demo:" + key).getBytes(StandardCharsets.UTF_8));
    }

    static final List<Review> REVIEWS = List.of(
            new Review("VN-CB", "CN-GX", "cn-qin-fraud", "vn-dam", HitStatus.DISMISSED, "cb.supervisor", "Hoàng Văn Nam",
                    "Không phải cùng một người: ông Đàm Hải Sinh sinh năm 1961, thường trú tại xã Trường Hà, huyện Hà Quảng,"
                            + " không xuất cảnh từ năm 2015; đối tượng bị truy nã sinh năm 1986.", null, 0),
            new Review("CN-GX", "VN-CB", "vn-mai-drugs", "cn-huang", HitStatus.CONFIRMED, "gx.supervisor", "韦海燕",
                    "经核对出生日期与照片，确认为同一人。该人因非法居留在凭祥市被查获，现由凭祥市公安局羁押。",
                    new Wire.Person(List.of(new PersonName("黄氏梅", NameScript.HAN, NameKind.PRIMARY)), Sex.FEMALE,
                            new BirthDate(BirthDate.Precision.FULL, 1988, 5, 12), "VNM"), 0),
            // dismissed four months ago: past the 90 days an unconfirmed hit is kept, so the retention page lists it
            new Review("VN-CB", "CN-GX", "cn-lu-smuggling", "vn-luc", HitStatus.DISMISSED, "cb.supervisor",
                    "Hoàng Văn Nam", "Không phải cùng một người: ông Lục Vĩnh Phúc sinh năm 1991, làm giáo viên tại"
                            + " huyện Hạ Lang; đối tượng bị truy nã sinh năm 1972.", null, 121));
}
