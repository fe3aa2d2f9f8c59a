/**
 * Hello lines (PROTOCOL.md §2.1, §2.2): {@link org.jbareos.net.hello.Hello} (one record per kind, {@code parse}
 * in the servers' prefix-table order, byte-exact {@code toWire}), {@link org.jbareos.net.hello.BareosVersion} and
 * the servers' length checks ({@link org.jbareos.net.hello.HelloLengthLimit}).
 */
package org.jbareos.net.hello;
