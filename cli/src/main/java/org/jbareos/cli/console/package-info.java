/**
 * {@code jbareos console}: bconsole's session on top of {@link org.jbareos.client.DirectorConsole}: the Director and
 * Console chosen from {@code bconsole.conf} ({@link org.jbareos.cli.console.ConsoleTarget}), commands from a terminal
 * or a script ({@link org.jbareos.cli.console.CommandSource}), and bconsole's output ({@link
 * org.jbareos.cli.console.ConsoleSession}).
 */
package org.jbareos.cli.console;
