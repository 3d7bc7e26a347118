/**
 * Reading tables (Hán-Việt, Mandarin, simplified/traditional), name parsing and the scorer behind {@code NameMatcher};
 * the name indexes (Lucene, in memory), their keys and the bounds that decide which entries are worth scoring.
 */
package org.liaison.matching.internal;
