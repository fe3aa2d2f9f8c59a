/**
 * The Storage Daemon's configuration ({@code core/src/stored/stored_conf.cc}) and
 * {@link org.jbareos.config.sd.StorageDaemonConfig}.
 */
package org.jbareos.config.sd;
