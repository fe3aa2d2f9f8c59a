package org.jbareos.cli.demo;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.jbareos.net.BareosConnection;
import org.jbareos.net.Packet;
import org.jbareos.net.QualifiedName;
import org.jbareos.net.ResourceType;
import org.jbareos.net.Signal;
import org.jbareos.net.auth.CramKey;
import org.jbareos.net.hello.BareosVersion;
import org.jbareos.net.hello.Hello;
import org.jbareos.net.hello.HelloLengthLimit;
import org.jbareos.net.session.BareosServer;
import org.jbareos.net.session.ClientHandshake;
import org.jbareos.net.session.ClientSettings;
import org.jbareos.net.session.PeerCredentials;
import org.jbareos.net.session.ServerHandshake;
import org.jbareos.net.session.ServerSettings;
import org.jbareos.net.session.TlsPolicy;
import org.jbareos.net.tls.TlsVersions;
import org.jbareos.net.trace.NetworkTrace;
import org.jbareos.net.trace.Participant;
import org.jbareos.protocol.JobLevel;
import org.jbareos.protocol.JobType;
import org.jbareos.protocol.dirsd.SdJobCommand;
import org.jbareos.protocol.dirsd.UseDeviceCommand;
import org.jbareos.protocol.dirsd.UseStorageCommand;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code jbareos trace-demo}: a newcomer's first look at the Bareos protocol. A Director-role and a Storage-role
 * endpoint on loopback go through TLS-PSK, the hello and CRAM-MD5 both ways, then open a backup job, and every
 * packet is printed in the network dump form of the Bareos developer guide's diagrams.
 */
@Command(name = "trace-demo", mixinStandardHelpOptions = true,
    description = "Show a Director and a Storage Daemon shaking hands on loopback, packet by packet.")
public final class TraceDemoCommand implements java.util.concurrent.Callable<Integer> {

  private static final String PASSWORD = "demo-sd-secret";
  private static final QualifiedName DIRECTOR = new QualifiedName(ResourceType.DIRECTOR, "bareos-dir");
  private static final QualifiedName STORAGE = new QualifiedName(ResourceType.STORAGE, "bareos-sd");

  @Option(names = "--cleartext", description = "TLS Enable = no on both sides: the 2019 handshake of the seeds.")
  boolean cleartext;

  @Option(names = "--tls-version", description = "1.2 or 1.3 (default: both offered, 1.3 preferred).")
  String tlsVersion;

  @Option(names = "--trace", paramLabel = "FILE", description = "Also write the network trace to FILE.")
  Path traceFile;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = new PrintWriter(System.out, true, StandardCharsets.UTF_8);
    TlsVersions versions = switch (tlsVersion == null ? "" : tlsVersion) {
      case "" -> TlsVersions.DEFAULT;
      case "1.2" -> TlsVersions.TLS_1_2_ONLY;
      case "1.3" -> TlsVersions.TLS_1_3_ONLY;
      default -> {
        out.println("jbareos trace-demo: --tls-version is 1.2 or 1.3, not " + tlsVersion);
        yield null;
      }
    };
    if (versions == null) {
      return 2;
    }
    try (Writer file = traceFile == null ? Writer.nullWriter() : Files.newBufferedWriter(traceFile);
        NetworkTrace trace = NetworkTrace.to(new Tee(out, file))) {
      return run(out, trace, versions);
    }
  }

  private int run(PrintWriter out, NetworkTrace trace, TlsVersions versions) throws Exception {
    TlsPolicy policy = cleartext ? TlsPolicy.NONE : TlsPolicy.REQUIRED;
    CramKey key = CramKey.fromPassword(PASSWORD);
    long startTime = Instant.now().getEpochSecond();
    CompletableFuture<Void> storageDone = new CompletableFuture<>();
    ServerSettings serverSettings = ServerSettings.of(STORAGE, Participant.STORAGE_DAEMON,
        HelloLengthLimit.STORAGE_DAEMON).withTlsVersions(versions).withTrace(trace);
    ServerHandshake handshake = new ServerHandshake(serverSettings, (type, name) -> type == ResourceType.DIRECTOR
        && name.equals(DIRECTOR.name()) ? Optional.of(new PeerCredentials(DIRECTOR, key, policy)) : Optional.empty());
    DemoStorageDaemon storage = new DemoStorageDaemon(startTime, "FileStorage");
    try (BareosServer server = BareosServer.start(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0),
        handshake, session -> {
          storage.serve(session);
          storageDone.complete(null);
        }, storageDone::completeExceptionally)) {
      out.printf("A Director (bareos-dir) calls a Storage Daemon (bareos-sd) on 127.0.0.1:%d, %s.%n",
          server.port(), cleartext ? "in cleartext (TLS Enable = no)" : "with TLS-PSK first");
      out.println("Each line is one packet, as the Bareos network dump shows it: sender -> receiver, (length or"
          + " signal), payload.");
      out.println();
      String protection = director(trace, versions, key, policy, server.port(), startTime);
      storageDone.get(30, TimeUnit.SECONDS);
      out.println();
      out.println("Handshake: " + (cleartext ? "Cleartext" : "Immediate TLS") + "   Encryption: " + protection);
      out.println("Next: the seeds' full conversations are in ../shared/seeds/002_087de0db70e34b47.txt.");
      return 0;
    } catch (IOException | ExecutionException | TimeoutException e) {
      Throwable cause = e instanceof ExecutionException ? e.getCause() : e;
      out.println("jbareos trace-demo: " + cause.getMessage());
      return 1;
    }
  }

  private String director(NetworkTrace trace, TlsVersions versions, CramKey key, TlsPolicy policy, int port,
      long startTime) throws IOException {
    ClientSettings settings = ClientSettings.of(DIRECTOR, Participant.DIRECTOR).withTlsVersions(versions)
        .withTrace(trace);
    Hello hello = new Hello.Director(DIRECTOR.name(), Optional.of(new BareosVersion(26, 0, 0)));
    try (BareosConnection storage = new ClientHandshake(settings).connect("127.0.0.1", port, hello,
        new PeerCredentials(STORAGE, key, policy), Participant.STORAGE_DAEMON)) {
      storage.receive();
      String job = "backup-bareos-fd." + java.time.LocalDateTime.now().withNano(0).toString()
          .replace('T', '_').replace(':', '.') + "_03";
      storage.send(new SdJobCommand(1, job, "backup-bareos-fd", "bareos-fd", JobType.BACKUP.code(),
          JobLevel.FULL.code(), "TestSet", false, false, SdJobCommand.DUMMY_MD5, false, false, 0, false, 0, 0, 0, 0,
          SdJobCommand.NATIVE).toWire());
      storage.receive();
      storage.send("getSecureEraseCmd\n");
      storage.receive();
      storage.send(new UseStorageCommand("File", "File", "Full", "Backup", true, 0, 0).toWire());
      storage.send(new UseDeviceCommand("FileStorage").toWire());
      storage.signal(Signal.EOD);
      storage.signal(Signal.EOD);
      storage.receive();
      Packet end = storage.receive(Duration.ofSeconds(30));
      if (!(end instanceof Packet.SignalPacket signal && signal.is(Signal.TERMINATE))) {
        throw new IOException("the Storage Daemon did not end the conversation: " + end);
      }
      return storage.protection();
    }
  }

  /** Writes the trace to the terminal and, if asked, to a file. */
  private record Tee(PrintWriter terminal, Writer file) implements Appendable {
    @Override
    public Appendable append(CharSequence text) {
      terminal.append(text).flush();
      try {
        file.append(text).flush();
      } catch (IOException e) {
        throw new UncheckedIOException("cannot write the trace file", e);
      }
      return this;
    }

    @Override
    public Appendable append(CharSequence text, int start, int end) {
      return append(text.subSequence(start, end));
    }

    @Override
    public Appendable append(char c) {
      return append(String.valueOf(c));
    }
  }
}
