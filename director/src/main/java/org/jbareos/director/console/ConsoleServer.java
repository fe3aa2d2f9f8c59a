package org.jbareos.director.console;

import java.io.IOException;
import java.time.LocalDateTime;
import java.util.Objects;
import org.jbareos.net.BareosConnection;
import org.jbareos.net.SocketTransport;
import org.jbareos.net.hello.Hello;
import org.jbareos.net.session.AcceptedSession;

/**
 * Serves an authenticated console connection: the Director's login reply (PROTOCOL.md §2.6, {@code
 * dird/authenticate_console.cc}), then the command loop ({@link ConsoleSession}).
 *
 * <pre>
 *   console version &ge; 18.2:  1000&lt;RS&gt;OK: &lt;dir&gt; Version: &lt;ver&gt; (&lt;date&gt;)        (no newline)
 *                            1002&lt;RS&gt;&lt;services&gt;\nYou are connected using the default console
 *                                                       (or: You are logged in as: &lt;name&gt;)
 *   older (python protocol 1): 1000 OK: &lt;dir&gt; Version: &lt;ver&gt; (&lt;date&gt;) --  Encryption: None\n
 * </pre>
 */
public final class ConsoleServer {
  /** {@code BareosVersionNumber(18, 2)}: consoles from here on get response messages. */
  static final int FIRST_RESPONSE_MESSAGE_VERSION = 1802;
  private static final char RS = '\u001e';

  private final DirectorServices director;
  private final CommandTable commands = CommandTable.standard();

  public ConsoleServer(DirectorServices director) {
    this.director = Objects.requireNonNull(director, "director");
  }

  /** Logs the console in and serves it until it leaves. */
  public void serve(AcceptedSession session) throws IOException {
    if (!(session.hello() instanceof Hello.Console hello)) {
      throw new IllegalArgumentException("not a console: " + session.hello());
    }
    BareosConnection connection = session.connection();
    sendLogin(connection, hello);
    LocalDateTime connectedAt = director.now();
    director.consoles().connected(connectedAt);
    try {
      new ConsoleSession(director, connection, commands, hello.name(), connectedAt).run();
    } finally {
      director.consoles().disconnected(connectedAt);
    }
  }

  private void sendLogin(BareosConnection connection, Hello.Console hello) throws IOException {
    String ok = "OK: " + director.directorName() + " Version: " + director.version().full() + " ("
        + director.version().date() + ")";
    if (hello.consoleVersion().orElse(0) < FIRST_RESPONSE_MESSAGE_VERSION) {
      String cipher = connection.protection().equals(SocketTransport.CLEARTEXT) ? "None" : connection.protection();
      connection.send("1000 " + ok + " --  Encryption: " + cipher + "\n");
      return;
    }
    connection.send("1000" + RS + ok);
    String who = Hello.Console.USER_AGENT.equals(hello.name()) ? "You are connected using the default console"
        : "You are logged in as: " + hello.name();
    connection.send("1002" + RS + director.version().servicesMessage() + "\n" + who);
  }
}
