package org.jbareos.director.console;

import java.io.IOException;
import java.lang.System.Logger.Level;
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

  private static final System.Logger LOG = System.getLogger(ConsoleServer.class.getName());

  private final DirectorServices director;
  private final CommandTable commands = CommandTable.standard();

  /**
   * Also connects the job engine to the queues the console commands read: its jobs' messages to {@code messages},
   * their ends to {@code status director} ({@link JobRunner#reportTo}).
   */
  public ConsoleServer(DirectorServices director) {
    this.director = Objects.requireNonNull(director, "director");
    director.jobRunner().reportTo(director.messages(), director.recentJobs());
  }

  /** Logs the console in and serves it until it leaves. */
  public void serve(AcceptedSession session) throws IOException {
    if (!(session.hello() instanceof Hello.Console hello)) {
      throw new IllegalArgumentException("not a console: " + session.hello());
    }
    BareosConnection connection = session.connection();
    LocalDateTime connectedAt = director.now();
    director.consoles().connected(connectedAt);
    try {
      if (admitted(connection, hello)) {
        new ConsoleSession(director, connection, commands, hello.name(), connectedAt).run();
      }
    } finally {
      director.consoles().disconnected(connectedAt);
    }
  }

  /**
   * The rest of {@code AuthenticateConsole} after CRAM-MD5: the connection limit ({@code Maximum Console
   * Connections} refuses only named consoles; the default console is let in and the excess logged), PAM (jbareos,
   * like a Director built without PAM, refuses consoles that require it: a new console gets {@code 1001<RS>} and
   * the connection closes, an old one its OK line first), then the login reply.
   */
  private boolean admitted(BareosConnection connection, Hello.Console hello) throws IOException {
    int connected = director.consoles().connectTimes().size();
    int maximum = director.config().director().maximumConsoleConnections();
    boolean named = !Hello.Console.USER_AGENT.equals(hello.name());
    boolean newConsole = hello.consoleVersion().orElse(0) >= FIRST_RESPONSE_MESSAGE_VERSION;
    if (connected > maximum) {
      LOG.log(named ? Level.ERROR : Level.INFO, "Number of console connections exceeded Maximum: {0}, Current: {1}",
          maximum, connected);
      if (named) {
        return false;
      }
    }
    boolean pam = named && director.config().console(hello.name()).map(c -> c.usePamAuthentication())
        .orElse(false);
    if (pam) {
      LOG.log(Level.ERROR, "PAM is not available on this director (console {0})", hello.name());
      if (newConsole) {
        connection.send("1001" + RS);
      } else {
        sendLogin(connection, hello);
      }
      return false;
    }
    sendLogin(connection, hello);
    return true;
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
