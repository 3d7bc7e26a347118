/** Layout, navigation, language switching (vi / zh-CN / en), log-in and the security rules of every route. */
package org.liaison.web;
