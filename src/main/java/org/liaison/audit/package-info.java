/** Append-only, hash-chained record of every write and every read of sensitive data; verification. */
package org.liaison.audit;
