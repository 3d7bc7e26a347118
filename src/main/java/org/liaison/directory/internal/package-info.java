/**
 * The directory's implementation: aggregates, repositories, the seeder, and the use cases its own web layer
 * calls ({@link org.liaison.directory.internal.DirectoryListings}, {@link org.liaison.directory.internal.DirectoryAdministration}).
 */
package org.liaison.directory.internal;
