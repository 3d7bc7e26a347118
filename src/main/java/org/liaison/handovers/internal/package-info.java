/** The handover workflow, its records on this node, what it sends and receives through the exchange. */
package org.liaison.handovers.internal;
