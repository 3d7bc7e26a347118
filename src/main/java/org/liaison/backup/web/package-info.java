/** The administrators' backup download. */
package org.liaison.backup.web;
