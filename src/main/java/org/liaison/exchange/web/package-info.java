/** Pages and API of the exchange module. */
package org.liaison.exchange.web;
