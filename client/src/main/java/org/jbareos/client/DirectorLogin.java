package org.jbareos.client;

import java.io.EOFException;
import java.io.IOException;
import java.net.ConnectException;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.Optional;
import org.jbareos.net.AuthenticationException;
import org.jbareos.net.BareosConnection;
import org.jbareos.net.Packet;
import org.jbareos.net.QualifiedName;
import org.jbareos.net.ResourceType;
import org.jbareos.net.SocketTransport;
import org.jbareos.net.auth.CramSettings;
import org.jbareos.net.session.ClientHandshake;
import org.jbareos.net.session.ClientSettings;
import org.jbareos.net.session.PeerCredentials;
import org.jbareos.net.tls.TlsVersions;
import org.jbareos.net.trace.Participant;

/**
 * Opens a console connection (bconsole's {@code ConnectToDirector} and {@code ConsoleAuthenticateWithDirector}):
 * TCP, TLS-PSK when the console's TLS policy enables it (identity {@code R_CONSOLE<RS><console>}), the hello,
 * CRAM-MD5 answering the Director's challenge first (ours names {@code R_CONSOLE::<console>}), all through net's
 * {@link ClientHandshake}; then the login messages of §2.6, read here.
 */
final class DirectorLogin {

  /**
   * The console does not pause after a refused login: the 5 s {@code sleep_time_after_authentication_error} is the
   * Director's brake on password guessing, and python-bareos closes at once (python-json.txt #3).
   */
  private static final CramSettings CRAM = CramSettings.DEFAULT.withFailureDelay(Duration.ZERO);

  private DirectorLogin() {}

  /** A logged-in connection and the Director's greeting. */
  record Session(BareosConnection connection, DirectorGreeting greeting) {}

  static Session open(ConsoleSettings settings) throws IOException {
    BareosConnection connection = authenticate(settings);
    try {
      return new Session(connection, greeting(connection, settings));
    } catch (IOException | RuntimeException e) {
      try {
        connection.close();
      } catch (IOException closing) {
        e.addSuppressed(closing);
      }
      throw e;
    }
  }

  private static BareosConnection authenticate(ConsoleSettings settings) throws IOException {
    QualifiedName own = new QualifiedName(ResourceType.CONSOLE, settings.consoleName());
    ClientSettings client = new ClientSettings(own, Participant.CONSOLE, TlsVersions.DEFAULT,
        CRAM.withResponseTimeout(settings.handshakeTimeout()), settings.connectTimeout(),
        settings.handshakeTimeout(), settings.trace(), Optional.empty())
        .withHeartbeatInterval(settings.heartbeatInterval());
    PeerCredentials director = new PeerCredentials(new QualifiedName(ResourceType.DIRECTOR,
        settings.directorName().orElse("Director")), settings.key(), settings.tlsPolicy());
    try {
      return new ClientHandshake(client).connect(settings.address(), settings.port(), settings.hello(), director,
          Participant.DIRECTOR);
    } catch (AuthenticationException e) {
      if (causedByClose(e)) {
        throw new ConnectionError(where(settings) + " closed the connection during the login of console "
            + settings.consoleName() + (settings.tlsPolicy().startsTls() ? "" : " (does it require TLS? then"
            + " enable TLS for this Director)") + ": " + e.getMessage(), e);
      }
      throw new AuthenticationError(where(settings) + " refused console " + settings.consoleName()
          + ": wrong password? (" + e.getMessage() + ")", e);
    } catch (ConnectException | UnknownHostException e) {
      throw new ConnectionError("Cannot connect to " + where(settings) + ": " + e.getMessage(), e);
    } catch (IOException e) {
      throw new ConnectionError("Cannot log in to " + where(settings) + ": " + e.getMessage(), e);
    }
  }

  private static boolean causedByClose(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof EOFException) {
        return true;
      }
    }
    return false;
  }

  private static String where(ConsoleSettings settings) {
    return "Director " + settings.directorName().map(n -> n + " ").orElse("") + "at " + settings.address() + ":"
        + settings.port();
  }

  /** §2.6: protocol 18.2 reads {@code 1000<RS>OK...} (after PAM if asked) and {@code 1002<RS>...}; 12.4 one line. */
  private static DirectorGreeting greeting(BareosConnection connection, ConsoleSettings settings)
      throws IOException {
    ResponseMessage first = response(connection, settings, "the login answer");
    if (first.id() == ResponseMessage.PAM_REQUIRED) {
      ConsoleSettings.PamCredentials pam = settings.pamCredentials().orElseThrow(() -> new AuthenticationError(
          where(settings) + " asks for PAM authentication, but no PAM credentials were given"));
      if (SocketTransport.CLEARTEXT.equals(connection.protection()) && !settings.pamOverCleartext()) {
        throw new AuthenticationError(where(settings) + " asks for PAM authentication: canceled because the"
            + " password would be sent unencrypted (enable TLS, or allow it explicitly)");
      }
      connection.send(ResponseMessage.pamCredentials(pam.user(), pam.password()));
      try {
        first = response(connection, settings, "the answer to the PAM credentials");
      } catch (ConnectionError closed) {
        throw new AuthenticationError(where(settings) + ": PAM authentication of " + pam.user() + " failed ("
            + closed.getMessage() + ")", closed);
      }
    }
    if (first.id() != ResponseMessage.OK) {
      throw new AuthenticationError(where(settings) + " refused console " + settings.consoleName() + ": "
          + first.readable());
    }
    if (settings.protocolVersion() == ProtocolVersion.BAREOS_12_4) {
      return new DirectorGreeting(first, Optional.empty());
    }
    ResponseMessage info = response(connection, settings, "the info message");
    if (info.id() != ResponseMessage.INFO) {
      throw new AuthenticationError(where(settings) + " sent " + info.readable() + " where the info message "
          + ResponseMessage.INFO + " belongs");
    }
    return new DirectorGreeting(first, Optional.of(info));
  }

  private static ResponseMessage response(BareosConnection connection, ConsoleSettings settings, String what)
      throws IOException {
    Packet packet;
    try {
      packet = connection.receive(settings.handshakeTimeout());
    } catch (EOFException e) {
      throw new ConnectionError(where(settings) + " closed the connection instead of sending " + what, e);
    } catch (IOException e) {
      throw new ConnectionError(where(settings) + " did not send " + what + ": " + e.getMessage(), e);
    }
    if (!(packet instanceof Packet.Message message)) {
      throw new AuthenticationError(where(settings) + " sent " + packet.describe() + " instead of " + what);
    }
    return ResponseMessage.parse(message.text()).orElseThrow(() -> new AuthenticationError(where(settings)
        + " sent \"" + message.text().strip() + "\" instead of " + what));
  }
}
