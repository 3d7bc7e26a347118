/** The H2 online backup behind {@link org.liaison.backup.Backups}. */
package org.liaison.backup.internal;
