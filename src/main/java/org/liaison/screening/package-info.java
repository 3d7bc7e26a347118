/**
 * Screening: the node's persons, own and received, kept in a name index; partners' wanted notices screened against
 * the own persons as they arrive (and new own persons against the notices in force); hits shown to officers as
 * alerts, confirmed (the notice's owner is told through the exchange) or dismissed with a reason; one name or a
 * whole CSV file screened on demand. It listens to the persons module's events (an expired person leaves the index);
 * the retention module deletes old unconfirmed hits through {@link org.liaison.screening.ScreeningRetention}.
 */
package org.liaison.screening;
