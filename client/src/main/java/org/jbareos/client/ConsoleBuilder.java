package org.jbareos.client;

import java.io.IOException;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import org.jbareos.net.auth.CramKey;
import org.jbareos.net.hello.BareosVersion;
import org.jbareos.net.session.TlsPolicy;
import org.jbareos.net.trace.NetworkTrace;

/**
 * Collects {@link ConsoleSettings} and connects: {@code DirectorConsole.builder().address("dir").password("secret")
 * .connect()}. Defaults are python-bareos's and bconsole's: port 9101, the default console {@code *UserAgent*},
 * TLS-PSK on (Bareos's default {@code TLS Enable = yes, TLS Require = yes}), protocol 18.2.
 *
 * @param <T> what {@link #connect()} opens: {@link DirectorConsole} or {@link DirectorConsoleJson}
 */
public final class ConsoleBuilder<T> {

  /** Opens a console of some kind from finished settings. */
  @FunctionalInterface
  interface Connector<T> {
    T connect(ConsoleSettings settings) throws IOException;
  }

  private final Connector<T> connector;
  private String address;
  private int port = ConsoleSettings.DEFAULT_PORT;
  private Optional<String> directorName = Optional.empty();
  private String consoleName = ConsoleSettings.DEFAULT_CONSOLE;
  private CramKey key;
  private TlsPolicy tlsPolicy = TlsPolicy.REQUIRED;
  private ProtocolVersion protocolVersion = ProtocolVersion.BAREOS_18_2;
  private String announcedVersion = ConsoleSettings.BAREOS_VERSION.toString();
  private Optional<BareosVersion> announcedBareosVersion = Optional.of(ConsoleSettings.BAREOS_VERSION);
  private Optional<ConsoleSettings.PamCredentials> pam = Optional.empty();
  private boolean pamOverCleartext;
  private boolean autodisplayOff = true;
  private Duration connectTimeout = Duration.ofSeconds(10);
  private Duration handshakeTimeout = Duration.ofSeconds(60);
  private Duration heartbeatInterval = Duration.ZERO;
  private Optional<NetworkTrace> trace = Optional.empty();

  ConsoleBuilder(Connector<T> connector) {
    this.connector = Objects.requireNonNull(connector, "connector");
  }

  /** The Director's host name or address (required). */
  public ConsoleBuilder<T> address(String address) {
    this.address = Objects.requireNonNull(address, "address");
    return this;
  }

  /** The Director's console port; default 9101. */
  public ConsoleBuilder<T> port(int port) {
    this.port = port;
    return this;
  }

  /** The Director's name, for messages only. */
  public ConsoleBuilder<T> directorName(String name) {
    this.directorName = Optional.of(name);
    return this;
  }

  /** A named console (a Console resource of the Director); default {@code *UserAgent*}. */
  public ConsoleBuilder<T> consoleName(String name) {
    this.consoleName = Objects.requireNonNull(name, "name");
    return this;
  }

  /** The cleartext password: the Director resource's for the default console, the Console's for a named one. */
  public ConsoleBuilder<T> password(String password) {
    this.key = CramKey.fromPassword(password);
    return this;
  }

  /** The key itself, e.g. {@link CramKey#fromMd5Literal} for an {@code [md5]} password of a configuration. */
  public ConsoleBuilder<T> key(CramKey key) {
    this.key = Objects.requireNonNull(key, "key");
    return this;
  }

  /** TLS-PSK on ({@code TLS Enable = yes, TLS Require = yes}, the default) or off (cleartext, {@code ssl=0}). */
  public ConsoleBuilder<T> tlsPsk(boolean enable) {
    this.tlsPolicy = enable ? TlsPolicy.REQUIRED : TlsPolicy.NONE;
    return this;
  }

  /** The TLS policy as a configuration gives it: {@link TlsPolicy#of(boolean, boolean)}. */
  public ConsoleBuilder<T> tlsPolicy(TlsPolicy policy) {
    this.tlsPolicy = Objects.requireNonNull(policy, "policy");
    return this;
  }

  /** The console protocol; default {@link ProtocolVersion#BAREOS_18_2}. */
  public ConsoleBuilder<T> protocolVersion(ProtocolVersion version) {
    this.protocolVersion = Objects.requireNonNull(version, "version");
    return this;
  }

  /**
   * The version words of a protocol 18.2 hello; default {@code version 26.0.0 Version="26.0.0"}. bconsole 26 sends
   * {@code ("26.0.0~pre1298.eda204c31", 26.0.0)}, python-bareos {@code ("18.2.5", none)}.
   */
  public ConsoleBuilder<T> announce(String version, Optional<BareosVersion> bareosVersion) {
    this.announcedVersion = Objects.requireNonNull(version, "version");
    this.announcedBareosVersion = Objects.requireNonNull(bareosVersion, "bareosVersion");
    return this;
  }

  /** PAM user and password, for a console that asks for them. */
  public ConsoleBuilder<T> pamCredentials(String user, String password) {
    this.pam = Optional.of(new ConsoleSettings.PamCredentials(user, password));
    return this;
  }

  /** Allows sending the PAM credentials without TLS (bconsole's {@code -o}); default no. */
  public ConsoleBuilder<T> pamOverCleartext(boolean allow) {
    this.pamOverCleartext = allow;
    return this;
  }

  /** Whether {@link DirectorConsole} sends {@code autodisplay off} after login; default yes, as python-bareos. */
  public ConsoleBuilder<T> autodisplayOff(boolean send) {
    this.autodisplayOff = send;
    return this;
  }

  /** The TCP connect timeout; default 10 s. */
  public ConsoleBuilder<T> connectTimeout(Duration timeout) {
    this.connectTimeout = Objects.requireNonNull(timeout, "timeout");
    return this;
  }

  /** The longest wait for one step of the TLS handshake and CRAM-MD5; default 60 s. */
  public ConsoleBuilder<T> handshakeTimeout(Duration timeout) {
    this.handshakeTimeout = Objects.requireNonNull(timeout, "timeout");
    return this;
  }

  /**
   * bconsole's {@code Heartbeat Interval}: TCP keepalive on the connection after this much idle time, and between
   * probes; default zero, the system's keepalive timing.
   */
  public ConsoleBuilder<T> heartbeatInterval(Duration interval) {
    this.heartbeatInterval = Objects.requireNonNull(interval, "interval");
    return this;
  }

  /** Writes the network trace of the connection to {@code networkTrace}. */
  public ConsoleBuilder<T> trace(NetworkTrace networkTrace) {
    this.trace = Optional.of(networkTrace);
    return this;
  }

  /**
   * The settings.
   *
   * @throws IllegalStateException when the address or the password is missing
   */
  public ConsoleSettings build() {
    if (address == null) {
      throw new IllegalStateException("no Director address given");
    }
    if (key == null) {
      throw new IllegalStateException("no password given");
    }
    return new ConsoleSettings(address, port, directorName, consoleName, key, tlsPolicy, protocolVersion,
        announcedVersion, announcedBareosVersion, pam, pamOverCleartext, autodisplayOff, connectTimeout,
        handshakeTimeout, trace, heartbeatInterval);
  }

  /** Connects, authenticates and logs in. */
  public T connect() throws IOException {
    return connector.connect(build());
  }
}
