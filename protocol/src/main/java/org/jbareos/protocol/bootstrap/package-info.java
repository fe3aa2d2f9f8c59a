/**
 * The bootstrap (BSR) the Director writes and the SD reads to select volumes, sessions, addresses and files
 * (PROTOCOL.md §6.1; {@code dird/bsr.cc}, {@code lib/parse_bsr.cc}).
 */
package org.jbareos.protocol.bootstrap;
