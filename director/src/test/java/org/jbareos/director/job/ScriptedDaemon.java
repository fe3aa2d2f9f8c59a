package org.jbareos.director.job;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jbareos.net.BareosConnection;
import org.jbareos.net.Packet;
import org.jbareos.net.QualifiedName;
import org.jbareos.net.ResourceType;
import org.jbareos.net.auth.CramKey;
import org.jbareos.net.auth.CramSettings;
import org.jbareos.net.hello.HelloLengthLimit;
import org.jbareos.net.session.AcceptedSession;
import org.jbareos.net.session.BareosServer;
import org.jbareos.net.session.PeerCredentials;
import org.jbareos.net.session.ServerHandshake;
import org.jbareos.net.session.ServerSettings;
import org.jbareos.net.session.TlsPolicy;
import org.jbareos.net.trace.Participant;
import org.jbareos.testkit.TranscriptMessage;

/**
 * A Storage or File Daemon on a loopback port that plays its side of one recorded connection per accepted session
 * (DESIGN.md testing layer 2): the real handshake (cleartext, CRAM-MD5 with the kit's password), then, from the
 * daemon's {@code OK Hello} line on, every recorded daemon frame is sent and every recorded Director frame is read from
 * the Director under test and compared byte for byte after {@link #normalize}. The daemon's own frames carry the
 * Director's real unique job name in place of the recorded one (same length, so the binary {@code UpdCat} payloads
 * stay intact).
 */
final class ScriptedDaemon implements AutoCloseable {
  private static final CramSettings NO_DELAY = CramSettings.DEFAULT.withFailureDelay(Duration.ZERO);
  private static final Pattern JOB_WORD = Pattern.compile("[jJ]ob=(\\S+)");
  private static final Pattern RECORDED_JOB = Pattern.compile("\\S+\\.\\d{4}-\\d\\d-\\d\\d_\\d\\d\\.\\d\\d\\.\\d\\d_\\d\\d");

  /** One connection's script and what happened. */
  static final class Script {
    final List<TranscriptMessage> messages;
    final int stopBefore;
    final boolean compare;
    final List<String> mismatches = new ArrayList<>();
    final List<String> received = new ArrayList<>();
    final CompletableFuture<Script> done = new CompletableFuture<>();

    Script(List<TranscriptMessage> messages, int stopBefore, boolean compare) {
      this.messages = messages;
      this.stopBefore = stopBefore;
      this.compare = compare;
    }

    /** Waits until the connection's script has played out. */
    Script await() throws Exception {
      return done.get(60, TimeUnit.SECONDS);
    }
  }

  private final String role;
  private final BareosServer server;
  private final BlockingQueue<Script> scripts = new LinkedBlockingQueue<>();

  private ScriptedDaemon(String role, ResourceType type, String name, Participant participant,
      HelloLengthLimit limit, String password) throws IOException {
    this.role = role;
    ServerSettings settings = ServerSettings.of(new QualifiedName(type, name), participant, limit).withCram(NO_DELAY)
        .withHandshakeTimeout(Duration.ofSeconds(10));
    QualifiedName director = new QualifiedName(ResourceType.DIRECTOR, "bareos-dir");
    PeerCredentials credentials = new PeerCredentials(director, CramKey.fromPassword(password), TlsPolicy.NONE);
    server = BareosServer.start(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0),
        new ServerHandshake(settings, (t, n) -> t == ResourceType.DIRECTOR && n.equals("bareos-dir")
            ? Optional.of(credentials) : Optional.empty()),
        this::serve, failure -> { });
  }

  /** The kit's Storage Daemon {@code bareos-sd} (password {@code sd-secret}). */
  static ScriptedDaemon storage() throws IOException {
    return storage("sd-secret");
  }

  /** A Storage Daemon {@code bareos-sd} that expects the Director to know {@code password}. */
  static ScriptedDaemon storage(String password) throws IOException {
    return new ScriptedDaemon("sd", ResourceType.STORAGE, "bareos-sd", Participant.STORAGE_DAEMON,
        HelloLengthLimit.STORAGE_DAEMON, password);
  }

  /** The kit's File Daemon {@code bareos-fd} (password {@code fd-secret}). */
  static ScriptedDaemon client() throws IOException {
    return new ScriptedDaemon("fd", ResourceType.CLIENT, "bareos-fd", Participant.FILE_DAEMON,
        HelloLengthLimit.FILE_DAEMON, "fd-secret");
  }

  int port() {
    return server.port();
  }

  /** Plays the whole recorded connection to the next Director that connects, comparing its frames. */
  Script play(List<TranscriptMessage> connection) {
    return enqueue(new Script(connection, connection.size(), true));
  }

  /** Plays the recorded connection up to (not including) message {@code stopBefore}, then drops the connection. */
  Script playAndVanish(List<TranscriptMessage> connection, int stopBefore) {
    return enqueue(new Script(connection, stopBefore, false));
  }

  /** Plays the recorded connection without comparing the Director's frames (they only have to arrive). */
  Script playLeniently(List<TranscriptMessage> connection) {
    return enqueue(new Script(connection, connection.size(), false));
  }

  private Script enqueue(Script script) {
    scripts.add(script);
    return script;
  }

  private void serve(AcceptedSession session) throws IOException {
    Script script;
    try {
      script = scripts.poll(10, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return;
    }
    if (script == null) {
      return;
    }
    try {
      play(script, session);
    } catch (IOException | RuntimeException e) {
      script.mismatches.add("script broke off: " + e);
    } finally {
      script.done.complete(script);
    }
  }

  private void play(Script script, AcceptedSession session) throws IOException {
    BareosConnection connection = session.connection();
    List<TranscriptMessage> messages = script.messages;
    if (script.compare && !messages.getFirst().text().equals(session.hello().toWire())) {
      script.mismatches.add("hello: expected " + messages.getFirst() + " got " + session.hello().toWire());
    }
    int start = 0;
    while (!(messages.get(start).isFrom(role, "dir") && isOkHello(messages.get(start).latin1()))) {
      start++;
    }
    int lastDirectorFrame = -1;
    for (int i = 0; i < script.stopBefore; i++) {
      if (messages.get(i).isFrom("dir", role)) {
        lastDirectorFrame = i;
      }
    }
    String recordedJob = null;
    String ourJob = null;
    for (int i = start; i < script.stopBefore; i++) {
      TranscriptMessage m = messages.get(i);
      if (m.isFrom(role, "dir")) {
        try {
          send(connection, m, recordedJob, ourJob);
        } catch (IOException e) {
          if (i < lastDirectorFrame) {
            throw e;
          }
          return; // the Director has what it needs and closed, as Bareos does after 3099 / 2800 End Job
        }
        continue;
      }
      Packet packet = connection.receive(Duration.ofSeconds(30));
      String got = describe(packet);
      script.received.add(got);
      if (recordedJob == null && !m.isSignal()) {
        Matcher recorded = JOB_WORD.matcher(m.latin1());
        Matcher ours = JOB_WORD.matcher(got);
        if (recorded.find() && ours.find() && RECORDED_JOB.matcher(recorded.group(1)).matches()) {
          recordedJob = recorded.group(1);
          ourJob = ours.group(1);
        }
      }
      if (script.compare) {
        String expected = normalize(describe(m));
        if (!expected.equals(normalize(got))) {
          script.mismatches.add("frame " + i + ": expected " + expected + "\n                got " + normalize(got));
        }
      }
    }
  }

  private static boolean isOkHello(String text) {
    return text.startsWith("3000 OK Hello") || text.startsWith("2000 OK Hello");
  }

  private static void send(BareosConnection connection, TranscriptMessage m, String recordedJob, String ourJob)
      throws IOException {
    if (m.isSignal()) {
      connection.signal(m.header());
      return;
    }
    String bytes = m.latin1();
    if (recordedJob != null && recordedJob.length() == ourJob.length()) {
      bytes = bytes.replace(recordedJob, ourJob);
    }
    connection.send(bytes.getBytes(StandardCharsets.ISO_8859_1));
  }

  private static String describe(TranscriptMessage m) {
    return m.isSignal() ? "[sig " + m.header() + "]" : m.latin1();
  }

  private static String describe(Packet packet) {
    return switch (packet) {
      case Packet.SignalPacket s -> "[sig " + s.value() + "]";
      case Packet.Message message -> new String(message.payload(), StandardCharsets.ISO_8859_1);
    };
  }

  /**
   * The narrow, explicit normalization of the Director's frames: the time and sequence part of unique job names, the
   * microseconds of {@code btime}, the seconds of {@code since_utime} (our catalog's job started at another time),
   * the SD port of {@code storage address=} (a port from 0 here, 19103 in the kit).
   */
  static String normalize(String frame) {
    return frame
        .replaceAll("\\.\\d{4}-\\d\\d-\\d\\d_\\d\\d\\.\\d\\d\\.\\d\\d_\\d\\d", ".<time>_<nn>")
        .replaceAll("^btime \\d+\\n$", "btime <usec>\n")
        .replaceAll("since_utime \\d+ ", "since_utime <utime> ")
        .replaceAll("^(storage address=\\S+ port=)\\d+ ", "$1<port> ");
  }

  @Override
  public void close() throws IOException {
    server.close();
  }
}
