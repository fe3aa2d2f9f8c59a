/**
 * Storage Daemon ↔ Storage Daemon replication during copy and migration (PROTOCOL.md §7.5): {@code start replicate},
 * {@code replicate data}, the record stream framed as in {@link org.jbareos.protocol.fdsd}, {@code end replicate}.
 */
package org.jbareos.protocol.sdsd;
