package org.liaison.matching.internal;

import java.util.List;

import org.liaison.matching.Identity;

/** An identity with its name parsed once, for an index that compares it with many subjects. */
record PreparedIdentity(Identity identity, List<ParsedName> readings) {
}
