package org.jbareos.filedaemon.daemon;

import java.io.IOException;
import java.time.Duration;
import java.util.Optional;
import org.jbareos.net.BareosConnection;
import org.jbareos.net.QualifiedName;
import org.jbareos.net.ResourceType;
import org.jbareos.net.auth.CramKey;
import org.jbareos.net.auth.CramSettings;
import org.jbareos.net.hello.BareosVersion;
import org.jbareos.net.hello.Hello;
import org.jbareos.net.session.ClientHandshake;
import org.jbareos.net.session.ClientSettings;
import org.jbareos.net.session.PeerCredentials;
import org.jbareos.net.session.TlsPolicy;
import org.jbareos.net.trace.Participant;

/**
 * The Director {@code bareos-dir} of the kit connecting to our FD ({@code Hello Director bareos-dir calling
 * Version="26.0.0"}, CRAM-MD5 with the Client password, cleartext; conformance README "Passwords").
 */
final class ScriptedDirector {

  static final String KIT_PASSWORD = "fd-secret";

  private ScriptedDirector() {}

  /** Connects and authenticates with {@code password}; the FD's {@code 2000 OK Hello} is left to read. */
  static BareosConnection connect(int port, String password) throws IOException {
    ClientSettings settings = ClientSettings.of(new QualifiedName(ResourceType.DIRECTOR, "bareos-dir"),
        Participant.DIRECTOR).withCram(CramSettings.DEFAULT.withFailureDelay(Duration.ZERO));
    PeerCredentials fileDaemon = new PeerCredentials(new QualifiedName(ResourceType.CLIENT, "bareos-fd"),
        CramKey.fromPassword(password), TlsPolicy.NONE);
    return new ClientHandshake(settings).connect("127.0.0.1", port,
        new Hello.Director("bareos-dir", Optional.of(new BareosVersion(26, 0, 0))), fileDaemon,
        Participant.FILE_DAEMON);
  }
}
