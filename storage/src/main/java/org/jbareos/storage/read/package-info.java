/**
 * The restore data path of the Storage Daemon (PROTOCOL.md §7.4, {@code stored/read.cc}): the records a bootstrap
 * selects, read from the volumes and sent to the File Daemon as {@code rechdr} + data frames.
 */
package org.jbareos.storage.read;
