package org.jbareos.director.job;

import java.util.ArrayList;
import java.util.List;
import org.jbareos.config.dir.ClientResource;
import org.jbareos.config.dir.DirectorConfig;
import org.jbareos.config.dir.StorageResource;
import org.jbareos.director.console.DaemonControl;
import org.jbareos.protocol.dirfd.CancelCommand;

/**
 * The console's {@link DaemonControl} with the job engine's connection settings: File Daemons are reached as jobs
 * reach them ({@link FileDaemonSession#connect}: a waiting client initiated connection first, without hello or
 * authentication), Storage Daemons by dialling ({@link StorageDaemonSession#connect}); one command, the answer up
 * to the daemon's EOD, then TERMINATE and the connection closed.
 *
 * <p>Before a File Daemon's answer come the lines {@code ConnectToFileDaemon} gives a console ({@code
 * dird/fd_cmds.cc}): the first time a Client is reached since the configuration was loaded, {@code Probing client
 * protocol... (result will be saved until config reload)} without a newline and {@code \r\v} before the handshake
 * line; then {@code " Handshake: Cleartext,"} (or {@code Immediate TLS}) and {@code " Encryption: <cipher>\n"}.
 * Before a Storage Daemon's status answer comes {@code " Encryption: <cipher>\n"} ({@code DoNativeStorageStatus}).
 */
final class DaemonLinks implements DaemonControl {
  private final JobEngineSettings settings;
  private final DirectorConfig config;
  /** The Clients the engine has shaken hands with ({@code connection_successful_handshake_}), jobs and consoles. */
  private final ClientHandshakes handshakes;

  DaemonLinks(JobEngineSettings settings, DirectorConfig config, ClientHandshakes handshakes) {
    this.settings = settings;
    this.config = config;
    this.handshakes = handshakes;
  }

  @Override
  public List<String> clientStatus(String client) throws DaemonUnreachableException {
    return onClient(client, "status", true);
  }

  @Override
  public List<String> storageStatus(String storage) throws DaemonUnreachableException {
    StorageResource resource = storage(storage);
    // dird/sd_cmds.cc DoNativeStorageStatus: the devices of the Storage resource, comma-separated, blanks bashed
    String devices = String.join(",", resource.devices()).replace(' ', '\u0001');
    return onStorage(resource, "status " + devices + "\n", true);
  }

  @Override
  public List<String> cancelOnClient(String client, String job) throws DaemonUnreachableException {
    return onClient(client, new CancelCommand(job).wireText(), true);
  }

  @Override
  public List<String> cancelOnStorage(String storage, String job) throws DaemonUnreachableException {
    return onStorage(storage(storage), new CancelCommand(job).wireText(), false);
  }

  private List<String> onClient(String name, String command, boolean connectLines)
      throws DaemonUnreachableException {
    ClientResource client = config.client(name)
        .orElseThrow(() -> new DaemonUnreachableException("Client \"" + name + "\" not found.", null));
    List<String> answer = new ArrayList<>();
    boolean firstContact = handshakes.probing(client);
    if (connectLines && firstContact) {
      answer.add(ClientHandshakes.PROBING);
    }
    JobLog noJob = new JobLog(null, settings.clock(), settings.directorName(), 0, type -> false);
    try (FileDaemonSession fd = FileDaemonSession.connect(settings, handshakes, client, noJob)) {
      if (connectLines) {
        answer.add((firstContact ? "\r\u000b" : "") + " Handshake: "
            + (client.tls().enable() ? "Immediate TLS," : "Cleartext,"));
        answer.add(" Encryption: " + fd.encryption() + "\n");
      }
      fd.command(command, answer::add);
    } catch (JobFailure e) {
      throw new DaemonUnreachableException(e.getMessage(), e);
    }
    return answer;
  }

  private List<String> onStorage(StorageResource storage, String command, boolean cipherLine)
      throws DaemonUnreachableException {
    List<String> answer = new ArrayList<>();
    try (StorageDaemonSession sd = StorageDaemonSession.connect(settings, storage)) {
      if (cipherLine) {
        answer.add(" Encryption: " + sd.encryption() + "\n");
      }
      sd.command(command, answer::add);
      sd.terminate();
    } catch (JobFailure e) {
      throw new DaemonUnreachableException(e.getMessage(), e);
    }
    return answer;
  }

  @Override
  public StorageLink openStorage(String storage) throws DaemonUnreachableException {
    StorageDaemonSession sd;
    try {
      sd = StorageDaemonSession.connect(settings, storage(storage));
    } catch (JobFailure e) {
      throw new DaemonUnreachableException(e.getMessage(), e);
    }
    return new StorageLink() {
      @Override
      public List<String> command(String text) throws DaemonUnreachableException {
        List<String> answer = new ArrayList<>();
        try {
          sd.command(text, answer::add);
        } catch (JobFailure e) {
          throw new DaemonUnreachableException(e.getMessage(), e);
        }
        return answer;
      }

      @Override
      public void close() {
        sd.terminate();
        sd.close();
      }
    };
  }

  private StorageResource storage(String name) throws DaemonUnreachableException {
    return config.storage(name)
        .orElseThrow(() -> new DaemonUnreachableException("Storage \"" + name + "\" not found.", null));
  }
}
