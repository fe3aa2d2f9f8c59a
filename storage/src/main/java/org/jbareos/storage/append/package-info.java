/**
 * The backup data path of the Storage Daemon (PROTOCOL.md §7.2, {@code stored/append.cc}): records from the File
 * Daemon onto the volume between SOS and EOS labels, attribute updates to the Director per written block, and the
 * JobMedia record of the job's part of the volume.
 */
package org.jbareos.storage.append;
