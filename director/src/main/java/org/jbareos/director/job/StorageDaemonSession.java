package org.jbareos.director.job;

import java.io.IOException;
import java.net.SocketTimeoutException;
import java.time.Duration;
import java.util.List;
import java.util.function.Consumer;
import org.jbareos.config.dir.StorageResource;
import org.jbareos.net.BareosConnection;
import org.jbareos.net.Packet;
import org.jbareos.net.ProtocolException;
import org.jbareos.net.ResourceType;
import org.jbareos.net.Signal;
import org.jbareos.net.session.ClientHandshake;
import org.jbareos.net.session.PeerCredentials;
import org.jbareos.net.trace.Participant;
import org.jbareos.protocol.TextMessage;
import org.jbareos.protocol.dirsd.DirSdLine;
import org.jbareos.protocol.dirsd.DirectorMessageKind;
import org.jbareos.protocol.dirsd.JobEndMessage;
import org.jbareos.protocol.dirsd.SdJobCommand;
import org.jbareos.protocol.dirsd.SdJobReply;
import org.jbareos.protocol.dirsd.SdSecureEraseReply;
import org.jbareos.protocol.dirsd.UseDeviceCommand;
import org.jbareos.protocol.dirsd.UseDeviceReply;
import org.jbareos.protocol.dirsd.UseStorageCommand;

/**
 * The Director's job connection to a Storage Daemon (PROTOCOL.md §6; {@code dird/msgchan.cc}): connect and
 * authenticate, the {@code JobId=} command, the secure-erase query, the reservation ({@code use storage=} / {@code use
 * device=} / EOD / EOD), the bootstrap, {@code run}, and then the SD's messages until {@code 3099 Job ... end}.
 *
 * <p>Typical transitions: connected → job sent → reserved → [bootstrap sent] → running → ended. While the Director
 * waits for an answer the SD may send job messages and catalog requests (e.g. {@code CatReq FindMedia} while it
 * reserves); those go to the {@link StorageMessageDispatcher} at once, as {@code BgetDirmsg} does.
 */
final class StorageDaemonSession implements AutoCloseable {
  private final BareosConnection connection;
  private final StorageResource storage;
  private final Duration timeout;
  private StorageMessageDispatcher dispatcher;

  private StorageDaemonSession(BareosConnection connection, StorageResource storage, Duration timeout) {
    this.connection = connection;
    this.storage = storage;
    this.timeout = timeout;
  }

  /** Connects, authenticates and reads {@code 3000 OK Hello\n}. */
  static StorageDaemonSession connect(JobEngineSettings settings, StorageResource storage) throws JobFailure {
    PeerCredentials credentials =
        DaemonCredentials.of(ResourceType.STORAGE, storage.name(), storage.password(), storage.tls());
    BareosConnection connection;
    try {
      connection = new ClientHandshake(settings.connect().withResourceHeartbeat(storage.heartbeatInterval()))
          .connect(storage.address(), storage.port(), settings.hello(), credentials, Participant.STORAGE_DAEMON);
    } catch (IOException | RuntimeException e) {
      throw JobFailure.fatal("Failed to connect to Storage daemon " + storage.name() + " at " + storage.address()
          + ":" + storage.port() + ": " + e.getMessage(), e);
    }
    StorageDaemonSession session = new StorageDaemonSession(connection, storage, settings.messageTimeout());
    try {
      session.expect(DirSdLine.HELLO_OK.wireText(), "the hello");
    } catch (JobFailure e) {
      session.close();
      throw e;
    }
    return session;
  }

  /** Where job messages and catalog requests go from now on. */
  void dispatchTo(StorageMessageDispatcher messages) {
    this.dispatcher = messages;
  }

  String describe() {
    return storage.address() + ":" + storage.port() + ", encryption: " + encryption(connection);
  }

  /** {@code JobId=...} → {@code 3000 OK Job SDid= SDtime= Authorization=}. */
  SdJobReply startJob(SdJobCommand command) throws JobFailure {
    send(command);
    String answer = response("the Job command");
    try {
      return SdJobReply.parse(answer);
    } catch (ProtocolException e) {
      throw JobFailure.fatal("Storage daemon rejected Job command: " + answer.strip());
    }
  }

  /** {@code getSecureEraseCmd\n} → {@code 2000 OK SDSecureEraseCmd <cmd> \n}. */
  SdSecureEraseReply secureEraseCommand() throws JobFailure {
    sendText(DirSdLine.GET_SECURE_ERASE_CMD.wireText());
    String answer = response("getSecureEraseCmd");
    try {
      return SdSecureEraseReply.parse(answer);
    } catch (ProtocolException e) {
      throw JobFailure.fatal("Unexpected SD secure erase answer: " + answer.strip());
    }
  }

  /** The reservation of one storage and its devices ({@code dird/msgchan.cc ReserveDevice}). */
  UseDeviceReply reserve(UseStorageCommand use, List<String> devices) throws JobFailure {
    send(use);
    for (String device : devices) {
      send(new UseDeviceCommand(device));
    }
    signal(Signal.EOD);
    signal(Signal.EOD);
    String answer = response("the device reservation");
    try {
      return UseDeviceReply.parse(answer);
    } catch (ProtocolException e) {
      throw JobFailure.fatal("Storage daemon didn't accept Device \"" + String.join(",", devices)
          + "\" command: " + answer.strip());
    }
  }

  /** {@code bootstrap\n}, one frame per line, EOD → {@code 3000 OK bootstrap\n}. */
  void sendBootstrap(List<String> lines) throws JobFailure {
    sendText(DirSdLine.BOOTSTRAP.wireText());
    for (String line : lines) {
      sendText(line);
    }
    signal(Signal.EOD);
    expect(DirSdLine.BOOTSTRAP_OK.wireText(), "the bootstrap");
  }

  /** {@code run} (no newline). From now on only {@link #awaitEnd()} reads. */
  void run() throws JobFailure {
    sendText(DirSdLine.RUN.wireText());
  }

  /**
   * The SD message thread ({@code dird/msgchan.cc msg_thread}): dispatches every message until {@code 3099 Job ...
   * end}, without a time limit.
   *
   * @throws JobFailure when the SD goes away first ({@code Director's comm line to SD dropped.})
   */
  JobEndMessage awaitEnd() throws JobFailure {
    while (true) {
      Packet packet;
      try {
        packet = connection.receive();
      } catch (IOException e) {
        throw JobFailure.fatal("Director's comm line to SD dropped: " + e.getMessage(), e);
      }
      if (!(packet instanceof Packet.Message message)) {
        if (packet instanceof Packet.SignalPacket s && s.is(Signal.TERMINATE)) {
          throw JobFailure.fatal("Director's comm line to SD dropped.");
        }
        continue;
      }
      if (DirectorMessageKind.isResponse(message.payload())) {
        String text = message.text();
        if (text.startsWith("3099 ")) {
          try {
            return JobEndMessage.parse(text);
          } catch (ProtocolException e) {
            throw JobFailure.fatal("Bad end of job message from Storage daemon: " + text.strip());
          }
        }
        continue;
      }
      dispatch(message);
    }
  }

  private void dispatch(Packet.Message message) throws JobFailure {
    if (dispatcher == null) {
      throw JobFailure.fatal("Unexpected message from Storage daemon before the job was set up: "
          + message.text().strip());
    }
    byte[] reply = dispatcher.handle(message.payload());
    if (reply != null) {
      try {
        connection.send(reply);
      } catch (IOException e) {
        throw JobFailure.fatal("Director's comm line to SD dropped: " + e.getMessage(), e);
      }
    }
  }

  private void expect(String line, String what) throws JobFailure {
    String answer = response(what);
    if (!answer.equals(line)) {
      throw JobFailure.fatal("Bad response to " + what + " from Storage daemon: wanted " + line.strip() + ", got "
          + answer.strip());
    }
  }

  /** The next frame that starts with a digit; anything else is dispatched on the way ({@code BgetDirmsg}). */
  private String response(String what) throws JobFailure {
    while (true) {
      Packet packet;
      try {
        packet = connection.receive(timeout);
      } catch (SocketTimeoutException e) {
        throw JobFailure.fatal("Storage daemon did not answer " + what + " within " + timeout.toSeconds() + " s.");
      } catch (IOException e) {
        throw JobFailure.fatal("Network error with Storage daemon while waiting for " + what + ": "
            + e.getMessage(), e);
      }
      if (packet instanceof Packet.Message message) {
        if (DirectorMessageKind.isResponse(message.payload())) {
          return message.text();
        }
        dispatch(message);
      } else if (packet instanceof Packet.SignalPacket s && s.is(Signal.TERMINATE)) {
        throw JobFailure.fatal("Storage daemon ended the connection while the Director waited for " + what + ".");
      }
    }
  }

  private void send(TextMessage message) throws JobFailure {
    sendText(message.wireText());
  }

  private void sendText(String text) throws JobFailure {
    try {
      connection.send(text);
    } catch (IOException e) {
      throw JobFailure.fatal("Network error sending to Storage daemon: " + e.getMessage(), e);
    }
  }

  private void signal(Signal signal) throws JobFailure {
    try {
      connection.signal(signal);
    } catch (IOException e) {
      throw JobFailure.fatal("Network error sending to Storage daemon: " + e.getMessage(), e);
    }
  }

  /** {@code " Encryption: <cipher>"}, the job log line after the connect ({@code GetCipherMessageString}). */
  String cipherMessage() {
    return cipherMessage(connection);
  }

  static String cipherMessage(BareosConnection connection) {
    return " Encryption: " + encryption(connection);
  }

  static String encryption(BareosConnection connection) {
    String protection = connection.protection();
    return protection.equals("Cleartext") ? "None" : protection;
  }

  /**
   * A command outside a job ({@code status <devices>}, {@code cancel Job=<job>}, {@code label}, {@code mount}; {@code
   * dird/sd_cmds.cc DoNativeStorageStatus}, {@code CancelStorageDaemonJob}, {@code dird/ua_label.cc}): sends it and
   * hands each frame of the answer to {@code sink} until the SD's EOD. The connection stays open for the next one;
   * {@link #terminate} says goodbye.
   */
  void command(String text, Consumer<String> sink) throws JobFailure {
    try {
      connection.send(text);
      while (connection.receive(timeout) instanceof Packet.Message message) {
        sink.accept(message.text());
      }
    } catch (IOException e) {
      throw JobFailure.fatal("Network error with the Storage daemon " + storage.name() + ": " + e.getMessage(), e);
    }
  }

  /** Ends a session of commands outside a job with TERMINATE ({@code TerminateAndCloseJcrStoreSocket}). */
  void terminate() {
    try {
      connection.signal(Signal.TERMINATE);
    } catch (IOException e) {
      // the SD is gone already; closing follows
    }
  }

  /** The SD's side of the cipher, as {@code GetCipherMessageString} names it ({@code None} in cleartext). */
  String encryption() {
    return encryption(connection);
  }

  @Override
  public void close() {
    try {
      connection.close();
    } catch (IOException e) {
      // the job's outcome is already decided; a failing close changes nothing
    }
  }
}
