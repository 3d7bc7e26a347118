/** Reading tables (Hán-Việt, Mandarin, simplified/traditional), name parsing and the scorer behind {@code NameMatcher}. */
package org.liaison.matching.internal;
