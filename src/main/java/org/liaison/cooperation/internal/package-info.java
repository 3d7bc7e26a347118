/** How reports, requests and their threads are kept, checked, sent, received and shown; not for other modules. */
package org.liaison.cooperation.internal;
