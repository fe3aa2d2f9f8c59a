package org.jbareos.client;

import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Consumer;
import org.jbareos.net.BareosConnection;
import org.jbareos.net.Packet;
import org.jbareos.net.Signal;

/**
 * A console connection to a Bareos Director, python-bareos's {@code DirectorConsole}:
 *
 * <pre>
 * try (DirectorConsole director = DirectorConsole.builder()
 *     .address("localhost").password("secret").connect()) {
 *   System.out.print(director.call("list jobs"));
 * }
 * </pre>
 *
 * <p>{@link #call} sends one command (one frame, no newline, PROTOCOL.md §4.1) and returns the Director's whole
 * answer, joined until the signal that ends it (§4.2, {@link ResponseReader}). An interactive console uses {@link
 * #send} and {@link #receiveResponse} instead, to show the output as it arrives and to learn whether the Director
 * asks a question ({@link ResponseEnd#SUB_PROMPT}).
 *
 * <p>Typical life: {@code connect} (TLS-PSK, hello, CRAM-MD5, {@code 1000} and {@code 1002} messages, then {@code
 * autodisplay off} as python-bareos sends it) &rarr; commands &rarr; {@code quit} or {@link #close()}. One thread at a
 * time; reads block without a time limit, because commands such as {@code wait} may take hours.
 */
public final class DirectorConsole implements AutoCloseable {

  /** The states of a console; calls in any state but {@code OPEN} fail. */
  enum State { OPEN, QUIT, LOST, CLOSED }

  private final BareosConnection connection;
  private final DirectorGreeting greeting;
  private final ProtocolVersion protocolVersion;
  private State state = State.OPEN;
  private String lastCommand = "";

  private DirectorConsole(DirectorLogin.Session session, ProtocolVersion protocolVersion) {
    this.connection = session.connection();
    this.greeting = session.greeting();
    this.protocolVersion = protocolVersion;
  }

  /** A builder whose {@code connect()} opens a {@code DirectorConsole}. */
  public static ConsoleBuilder<DirectorConsole> builder() {
    return new ConsoleBuilder<>(DirectorConsole::connect);
  }

  /**
   * Connects and logs in, then sends {@code autodisplay off} if the settings say so (python-bareos's {@code
   * DirectorConsole._init_connection}).
   *
   * @throws AuthenticationError when the Director refuses the login
   * @throws ConnectionError when the connection cannot be opened or is lost
   */
  public static DirectorConsole connect(ConsoleSettings settings) throws IOException {
    DirectorConsole console = open(settings);
    if (settings.autodisplayOff()) {
      try {
        console.call("autodisplay off");
      } catch (IOException | RuntimeException e) {
        console.close();
        throw e;
      }
    }
    return console;
  }

  /** Connects and logs in, sending no command. */
  static DirectorConsole open(ConsoleSettings settings) throws IOException {
    Objects.requireNonNull(settings, "settings");
    return new DirectorConsole(DirectorLogin.open(settings), settings.protocolVersion());
  }

  /** What the Director said at login ({@code 1000 OK: ...} and the {@code 1002} info). */
  public DirectorGreeting greeting() {
    return greeting;
  }

  /** The console protocol in use (python's {@code get_protocol_version}). */
  public ProtocolVersion protocolVersion() {
    return protocolVersion;
  }

  /** {@code Cleartext}, or the TLS cipher and protocol of the connection. */
  public String protection() {
    return connection.protection();
  }

  /** Whether commands can still be sent: not after {@code quit}, {@link #close()} or a lost connection. */
  public boolean isConnected() {
    return state == State.OPEN;
  }

  /**
   * Sends {@code command} and returns the Director's whole answer as text.
   *
   * @throws ConnectionError when the Director closes the connection before the answer ends (except after {@code
   *     quit}/{@code exit}, where closing is the end)
   */
  public String call(String command) throws IOException {
    return callForResponse(command).text();
  }

  /** Sends {@code command} and returns the whole answer with its signals and how it ended. */
  public ConsoleResponse callForResponse(String command) throws IOException {
    send(command);
    ByteArrayOutputStream output = new ByteArrayOutputStream();
    List<Integer> signals = new ArrayList<>();
    ResponseEnd end = receiveResponse(output::writeBytes, signals);
    return new ConsoleResponse(output.toByteArray(), signals, end);
  }

  /** Sends one command or one answer to a question: one frame, the text as UTF-8, nothing added. */
  public void send(String command) throws IOException {
    requireOpen();
    lastCommand = Objects.requireNonNull(command, "command");
    try {
      connection.send(command);
    } catch (IOException e) {
      state = State.LOST;
      throw new ConnectionError("Sending '" + command + "' to " + connection.describePeer() + " failed: "
          + e.getMessage(), e);
    }
  }

  /**
   * Reads the answer to the last command, handing each message's bytes to {@code output} as it arrives.
   *
   * @return how the answer ended; after {@link ResponseEnd#CLOSED} or {@link ResponseEnd#TERMINATE} the console is
   *     no longer connected
   */
  public ResponseEnd receiveResponse(Consumer<byte[]> output) throws IOException {
    return receiveResponse(output, new ArrayList<>());
  }

  private ResponseEnd receiveResponse(Consumer<byte[]> output, List<Integer> signals) throws IOException {
    requireOpen();
    ResponseEnd end;
    try {
      end = ResponseReader.read(connection, output, signals, endsSession(lastCommand), lastCommand);
    } catch (ConnectionError e) {
      state = State.LOST;
      throw e;
    }
    if (end == ResponseEnd.CLOSED || end == ResponseEnd.TERMINATE) {
      state = State.QUIT;
    }
    return end;
  }

  /**
   * Receives a single message (python's {@code recv}).
   *
   * @throws SignalReceivedException when a signal arrives instead
   * @throws ConnectionError when the connection closes
   */
  public byte[] receive() throws IOException {
    requireOpen();
    Packet packet;
    try {
      packet = connection.receive();
    } catch (EOFException e) {
      state = State.LOST;
      throw new ConnectionError(connection.describePeer() + " closed the connection", e);
    }
    return switch (packet) {
      case Packet.Message message -> message.payload();
      case Packet.SignalPacket signal -> throw new SignalReceivedException(signal.value());
    };
  }

  /** {@code quit} and {@code exit} end the session: the Director closes the connection after them. */
  private static boolean endsSession(String command) {
    String first = command.strip().split("\\s+", 2)[0].toLowerCase(Locale.ROOT);
    return first.equals("quit") || first.equals("exit");
  }

  private void requireOpen() throws ConnectionError {
    switch (state) {
      case OPEN -> { }
      case LOST -> throw new ConnectionError("The connection to " + connection.describePeer() + " was lost");
      default -> throw new IllegalStateException("The console is " + state.name().toLowerCase(Locale.ROOT)
          + ", no more commands can be sent");
    }
  }

  /**
   * Ends the session as bconsole does when its input ends: {@code BNET_TERMINATE} ("send EOF",
   * {@code console/console.cc}) while the connection is still up, then closes. Idempotent.
   */
  public void terminate() throws IOException {
    if (state == State.OPEN) {
      try {
        connection.signal(Signal.TERMINATE);
      } catch (IOException e) {
        state = State.LOST;
      }
    }
    close();
  }

  /** Closes the connection without a {@code quit} (python's {@code close}). Idempotent. */
  @Override
  public void close() throws IOException {
    state = State.CLOSED;
    connection.close();
  }
}
