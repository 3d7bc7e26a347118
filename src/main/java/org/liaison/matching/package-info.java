/**
 * Names across scripts: normalisation of Vietnamese, Han and pinyin names, scoring of two identities with an
 * explanation an officer can check, the one operating threshold the screens and the CLI share, the name index that
 * screens a subject against a watchlist (embedded Lucene or in memory), and the CSV files of people to screen.
 */
package org.liaison.matching;
