/**
 * The few value types every module speaks: agency codes, the node's own identity, locale helpers.
 */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package org.liaison.shared;
