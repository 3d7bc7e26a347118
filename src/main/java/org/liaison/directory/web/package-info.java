/** The directory's pages (lists for every officer, forms for administrators, personal API tokens) and its REST API. */
package org.liaison.directory.web;
