/**
 * bconsole's configuration ({@code core/src/console/console_conf.cc}) and
 * {@link org.jbareos.config.console.ConsoleConfig}.
 */
package org.jbareos.config.console;
