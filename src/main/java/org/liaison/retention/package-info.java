/**
 * Retention: when the node's own records are due for review (wanted notices every few years, person records no
 * other record uses after some years), a supervisor's page to keep (with a reason and a new review date), withdraw
 * or expire them, and the scheduled deletion of screening hits nobody confirmed. The records stay in their modules;
 * this module keeps the review history and the policy. Partners' copies follow their issuer and are not reviewed here.
 */
package org.liaison.retention;
