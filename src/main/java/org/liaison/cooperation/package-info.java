/**
 * Day-to-day information exchange between counterpart units: information reports with their handling conditions
 * and 4x4 grading, requests with types, urgency and reply deadlines, the replies, the conversation thread each
 * lives in, in-app notifications and the deadline dashboard. Other modules (joint cases) read summaries through
 * {@link org.liaison.cooperation.Cooperation} and listen to the events; everything else is internal.
 */
package org.liaison.cooperation;
