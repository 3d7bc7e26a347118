/**
 * Screening: the node's persons, own and received, kept in a name index; partners' wanted notices screened against
 * the own persons as they arrive (and new own persons against the notices in force); hits shown to officers as
 * alerts, confirmed (the notice's owner is told through the exchange) or dismissed with a reason; one name or a
 * whole CSV file screened on demand. Other modules need nothing from it: it listens to the persons module's events.
 */
package org.liaison.screening;
