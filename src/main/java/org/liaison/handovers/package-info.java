/**
 * Fugitive handovers at the border: one shared record on both nodes from the request to the closed handover, each
 * stage recorded by the side that owns it, both sides' signed confirmations of the execution, the chain of
 * custody. Other modules see {@link org.liaison.handovers.Handovers} (figures), {@link
 * org.liaison.handovers.HandoverClosed} and the value types; everything else is internal.
 */
package org.liaison.handovers;
