package org.jbareos.client;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import org.jbareos.net.auth.CramKey;
import org.jbareos.net.hello.BareosVersion;
import org.jbareos.net.hello.Hello;
import org.jbareos.net.session.TlsPolicy;
import org.jbareos.net.trace.NetworkTrace;

/**
 * How a console connects to a Director; built with {@link ConsoleBuilder} ({@link DirectorConsole#builder()}).
 *
 * @param address the Director's host name or address
 * @param port the Director's console port ({@code DIRport}, default 9101)
 * @param directorName the Director's name, if known: only for messages (python-bareos: "normally not required")
 * @param consoleName the console to log in as; {@code *UserAgent*} is the default console, which logs in with the
 *     Director resource's password (PROTOCOL.md §2.6)
 * @param key the CRAM-MD5 key and TLS-PSK secret: the MD5-hex of the password
 * @param tlsPolicy the TLS policy of the console's TLS resource ({@code TLS Enable}/{@code TLS Require}): anything
 *     but {@code NONE} starts TLS-PSK right after the TCP connect, with identity {@code R_CONSOLE<RS><console>}
 *     (PROTOCOL.md §3.1, {@code console/connect_to_director.cc})
 * @param protocolVersion the console protocol, see {@link ProtocolVersion}
 * @param announcedVersion the free-form version word of a protocol 18.2 hello; the Director reads {@code
 *     major*100+minor} from it, so it must start with {@code N.M} at or above {@code 18.2}
 * @param announcedBareosVersion the {@code Version="x.y.z"} word bconsole appends to its hello; python-bareos sends
 *     none
 * @param pamCredentials the PAM user and password, for a Director whose console asks for PAM ({@code 1001})
 * @param pamOverCleartext whether the PAM credentials may go over a connection without TLS; bconsole refuses unless
 *     given {@code -o} ("Canceled because password would be sent unencrypted!")
 * @param autodisplayOff whether {@link DirectorConsole} sends {@code autodisplay off} after login, as python-bareos's
 *     {@code DirectorConsole} does (bconsole does not; {@link DirectorConsoleJson} never does, as python's)
 * @param connectTimeout the TCP connect timeout
 * @param handshakeTimeout the longest wait for one step of TLS and CRAM-MD5
 * @param trace where to write the network trace, if anywhere
 * @param heartbeatInterval bconsole's {@code Heartbeat Interval}: the TCP keepalive idle time and probe interval of
 *     the connection, so that an idle console survives a firewall's idle timeout; zero leaves the system's default
 */
public record ConsoleSettings(
    String address,
    int port,
    Optional<String> directorName,
    String consoleName,
    CramKey key,
    TlsPolicy tlsPolicy,
    ProtocolVersion protocolVersion,
    String announcedVersion,
    Optional<BareosVersion> announcedBareosVersion,
    Optional<PamCredentials> pamCredentials,
    boolean pamOverCleartext,
    boolean autodisplayOff,
    Duration connectTimeout,
    Duration handshakeTimeout,
    Optional<NetworkTrace> trace,
    Duration heartbeatInterval) {

  /** The Director's default console port. */
  public static final int DEFAULT_PORT = 9101;
  /** The default console's name. */
  public static final String DEFAULT_CONSOLE = Hello.Console.USER_AGENT;
  /** The Bareos release whose console protocol jbareos speaks; the default version words of our hello. */
  public static final BareosVersion BAREOS_VERSION = new BareosVersion(26, 0, 0);

  public ConsoleSettings {
    Objects.requireNonNull(address, "address");
    Objects.requireNonNull(directorName, "directorName");
    Objects.requireNonNull(consoleName, "consoleName");
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(tlsPolicy, "tlsPolicy");
    Objects.requireNonNull(protocolVersion, "protocolVersion");
    Objects.requireNonNull(announcedVersion, "announcedVersion");
    Objects.requireNonNull(announcedBareosVersion, "announcedBareosVersion");
    Objects.requireNonNull(pamCredentials, "pamCredentials");
    Objects.requireNonNull(connectTimeout, "connectTimeout");
    Objects.requireNonNull(handshakeTimeout, "handshakeTimeout");
    Objects.requireNonNull(trace, "trace");
    Objects.requireNonNull(heartbeatInterval, "heartbeatInterval");
    if (heartbeatInterval.isNegative()) {
      throw new IllegalArgumentException("the heartbeat interval is negative: " + heartbeatInterval);
    }
    if (port < 1 || port > 65535) {
      throw new IllegalArgumentException("port must be 1..65535, got " + port);
    }
    if (consoleName.isEmpty()) {
      throw new IllegalArgumentException("the console name is empty; the default console is " + DEFAULT_CONSOLE);
    }
  }

  /**
   * The hello we send (PROTOCOL.md §2.1). Protocol 18.2: bconsole's form {@code Hello <name> calling version
   * <announcedVersion>[ Version="x.y.z"]\n}, by default {@code Hello *UserAgent* calling version 26.0.0
   * Version="26.0.0"\n}; protocol 12.4: {@code Hello <name> calling\n}.
   */
  public Hello.Console hello() {
    return protocolVersion == ProtocolVersion.BAREOS_12_4
        ? new Hello.Console(consoleName, Optional.empty(), Optional.empty())
        : new Hello.Console(consoleName, Optional.of(announcedVersion), announcedBareosVersion);
  }

  /** The PAM user and password sent as {@code 4002<RS><user><RS><password>} when the Director asks. */
  public record PamCredentials(String user, String password) {
    public PamCredentials {
      Objects.requireNonNull(user, "user");
      Objects.requireNonNull(password, "password");
    }

    @Override
    public String toString() {
      return "PamCredentials[" + user + ", ****]";
    }
  }
}
