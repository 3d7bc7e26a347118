/**
 * What the two sides agree and do together outside single cases: talks and meetings with their action items,
 * agreements (coordination regulations, memoranda) and the commitments their clauses carry, delegations and
 * visits, training courses. Other modules read the commitments in force through {@link ReplyCommitments}.
 */
package org.liaison.engagements;
