/**
 * The engagements module's implementation: the joint records and their exchange between the two sides, the
 * commitment rule, the statistics, the demo history.
 */
package org.liaison.engagements.internal;
