/** The name index of the node's persons, hits and their review, partners' confirmations, batch jobs, the demo seed. */
package org.liaison.screening.internal;
