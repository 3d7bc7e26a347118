/**
 * Names across scripts: normalisation of Vietnamese, Han and pinyin names, scoring of two identities with an
 * explanation an officer can check, and the one operating threshold the screens and the CLI share.
 */
package org.liaison.matching;
