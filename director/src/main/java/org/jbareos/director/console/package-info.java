/**
 * The Director's console server (PROTOCOL.md §2.6, §4): the login reply, the command loop and the commands, in text
 * and in API 2 JSON mode.
 *
 * <p>Typical exchange on one console connection (after TLS-PSK, the hello and CRAM-MD5 in both directions):
 *
 * <pre>
 *   Director                                    console
 *   1000&lt;RS&gt;OK: bareos-dir Version: ...      ─&gt;
 *   1002&lt;RS&gt;...You are connected using ...   ─&gt;
 *                                          &lt;─  version
 *   bareos-dir Version: ... \n                ─&gt;   text mode: output frames,
 *   BNET_EOD                                  ─&gt;   then the end of the command
 *                                          &lt;─  .api 2
 *   BNET_CMD_OK, {"jsonrpc":"2.0",...}, BNET_MAIN_PROMPT
 *                                          &lt;─  list jobs
 *   BNET_CMD_BEGIN, BNET_CMD_OK, {...,"result":{"jobs":[...]}}, BNET_MAIN_PROMPT
 *                                          &lt;─  quit
 * </pre>
 *
 * <p>{@link org.jbareos.director.console.ConsoleServer} logs a console in, {@link
 * org.jbareos.director.console.ConsoleSession} runs the loop, {@link org.jbareos.director.console.CommandTable}
 * finds a command by prefix in Bareos's table order, {@link org.jbareos.director.console.ConsoleOutput} shapes the
 * output as Bareos's {@code OutputFormatter} does. The job engine is reached through {@link
 * org.jbareos.director.console.JobRunner}.
 */
package org.jbareos.director.console;
