/** The command line: {@code serve}, {@code demo}, {@code audit verify} and later commands (picocli). */
package org.liaison.cli;
