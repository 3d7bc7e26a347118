/**
 * Cooperation statistics: the figures of a period with one partner agency, counted from the individual records of
 * the engagements, cases, handovers and cooperation modules, as a dashboard and as a CSV/JSON report for other
 * systems. Nothing depends on this module.
 */
package org.liaison.statistics;
