/** The directory's pages (lists for every officer, forms for administrators) and its REST API. */
package org.liaison.directory.web;
