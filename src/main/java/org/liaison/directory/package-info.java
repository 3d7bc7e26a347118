/** Agencies, units, officers and roles, counterpart pairs, border gates. */
package org.liaison.directory;
