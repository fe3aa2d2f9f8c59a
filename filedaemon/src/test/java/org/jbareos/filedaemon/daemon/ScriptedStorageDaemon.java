package org.jbareos.filedaemon.daemon;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.jbareos.net.BareosConnection;
import org.jbareos.net.QualifiedName;
import org.jbareos.net.ResourceType;
import org.jbareos.net.auth.CramKey;
import org.jbareos.net.auth.CramSettings;
import org.jbareos.net.hello.HelloLengthLimit;
import org.jbareos.net.session.BareosServer;
import org.jbareos.net.session.PeerCredentials;
import org.jbareos.net.session.ServerHandshake;
import org.jbareos.net.session.ServerSettings;
import org.jbareos.net.session.TlsPolicy;
import org.jbareos.net.trace.Participant;

/**
 * A Storage Daemon that accepts one File Daemon connection for one job ({@code Hello Start Job <job>}, CRAM-MD5 keyed
 * with the session key the scripted Director handed out, our challenge {@code R_STORAGE::bareos-sd}; PROTOCOL.md
 * §7.1) on a loopback port from 0, and then runs a script on it.
 */
final class ScriptedStorageDaemon implements AutoCloseable {

  /** What the SD does once the FD is authenticated. */
  @FunctionalInterface
  interface Script {
    void play(BareosConnection fileDaemon) throws Exception;
  }

  private final BareosServer server;
  private final CompletableFuture<Void> done = new CompletableFuture<>();

  private ScriptedStorageDaemon(String job, String sessionKey, TlsPolicy policy, Script script)
      throws IOException {
    ServerSettings settings = ServerSettings.of(new QualifiedName(ResourceType.STORAGE, "bareos-sd"),
        Participant.STORAGE_DAEMON, HelloLengthLimit.STORAGE_DAEMON)
        .withCram(CramSettings.DEFAULT.withFailureDelay(Duration.ZERO));
    ServerHandshake handshake = new ServerHandshake(settings, (type, name) ->
        type == ResourceType.JOB && name.equals(job)
            ? Optional.of(new PeerCredentials(new QualifiedName(ResourceType.JOB, job),
                CramKey.fromSessionKey(sessionKey), policy))
            : Optional.empty());
    this.server = BareosServer.start(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), handshake,
        session -> {
          try {
            script.play(session.connection());
            done.complete(null);
          } catch (Exception | AssertionError e) {
            done.completeExceptionally(e);
          }
        },
        done::completeExceptionally);
  }

  /** A cleartext SD, as in the kit. */
  static ScriptedStorageDaemon start(String job, String sessionKey, Script script) throws IOException {
    return new ScriptedStorageDaemon(job, sessionKey, TlsPolicy.NONE, script);
  }

  /** An SD whose job connections use {@code policy} (REQUIRED: TLS-PSK before the hello). */
  static ScriptedStorageDaemon start(String job, String sessionKey, TlsPolicy policy, Script script)
      throws IOException {
    return new ScriptedStorageDaemon(job, sessionKey, policy, script);
  }

  int port() {
    return server.port();
  }

  /** Waits for the script to end; rethrows its failure. */
  void await() throws Exception {
    try {
      done.get(60, TimeUnit.SECONDS);
    } catch (java.util.concurrent.ExecutionException e) {
      if (e.getCause() instanceof Exception cause) {
        throw cause;
      }
      throw (Error) e.getCause();
    }
  }

  @Override
  public void close() throws IOException {
    server.close();
  }
}
