/** How joint cases are kept, checked, shared, proposed to and received; the web layer calls the services. */
package org.liaison.cases.internal;
