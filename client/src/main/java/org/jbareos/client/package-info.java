/**
 * The library for programs that talk to a Bareos Director, in python-bareos's shape (STYLE.md): {@link
 * org.jbareos.client.DirectorConsole} (text), {@link org.jbareos.client.DirectorConsoleJson} (API mode 2), the
 * exceptions {@link org.jbareos.client.ConnectionError} &rarr; {@link org.jbareos.client.AuthenticationError}, {@link
 * org.jbareos.client.SignalReceivedException} and {@link org.jbareos.client.JsonRpcErrorReceivedException}.
 *
 * <p>Layers: net's {@code ClientHandshake} (TCP, TLS-PSK, hello, CRAM-MD5) &rarr; {@code DirectorLogin} (the {@code
 * 1000}/{@code 1002} login messages, PROTOCOL.md §2.6) &rarr; {@code ResponseReader} (one answer, §4.2) &rarr; the two
 * console classes.
 */
package org.jbareos.client;
