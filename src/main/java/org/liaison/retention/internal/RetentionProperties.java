package org.liaison.retention.internal;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The retention periods ({@code liaison.retention.*}).
 *
 * @param noticeReviewYears  an own wanted notice in force is reviewed this many years after it was issued or last
 *                           reviewed
 * @param personReviewYears  an own person record no other record uses is reviewed this many years after it last
 *                           changed or was last reviewed
 * @param unconfirmedHitDays a screening hit nobody confirmed is deleted this many days after it was found
 * @param dueSoonDays        the page also lists what falls due within this many days
 * @param hitPurgeInterval   how often the deletion of old hits runs (also the delay before its first run)
 */
@ConfigurationProperties("liaison.retention")
public record RetentionProperties(@DefaultValue("3") int noticeReviewYears, @DefaultValue("5") int personReviewYears,
                                  @DefaultValue("90") int unconfirmedHitDays, @DefaultValue("30") int dueSoonDays,
                                  @DefaultValue("PT6H") Duration hitPurgeInterval) {
}
