/**
 * The File Daemon's configuration ({@code core/src/filed/filed_conf.cc}) and
 * {@link org.jbareos.config.fd.FileDaemonConfig}.
 */
package org.jbareos.config.fd;
