/**
 * The network trace in the seed diagrams' form ({@link org.jbareos.net.trace.NetworkTrace}, one line per frame
 * sent, participants by {@link org.jbareos.net.trace.Participant} display name).
 */
package org.jbareos.net.trace;
