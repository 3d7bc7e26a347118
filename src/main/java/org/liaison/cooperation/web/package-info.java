/** Pages and REST API of the cooperation module: reports, requests, threads, notifications, the dashboard. */
package org.liaison.cooperation.web;
