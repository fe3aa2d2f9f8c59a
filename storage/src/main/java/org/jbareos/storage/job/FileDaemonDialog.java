package org.jbareos.storage.job;

import java.io.IOException;
import java.util.List;
import org.jbareos.net.BareosConnection;
import org.jbareos.net.ConnectionClosedException;
import org.jbareos.net.Packet;
import org.jbareos.net.Signal;
import org.jbareos.protocol.JobStatus;
import org.jbareos.protocol.TextMessage;
import org.jbareos.protocol.fdsd.CloseStatusReply;
import org.jbareos.protocol.fdsd.FdSdLine;
import org.jbareos.protocol.fdsd.OpenTicketReply;
import org.jbareos.storage.append.AppendJob;
import org.jbareos.storage.append.AppendSession;
import org.jbareos.storage.append.VolumeAcquirer;
import org.jbareos.storage.device.AppendMount;
import org.jbareos.storage.device.Device;
import org.jbareos.storage.device.MountException;
import org.jbareos.storage.device.MountedVolume;
import org.jbareos.storage.device.ReservationRequest;
import org.jbareos.storage.device.VolumeCatalogClient;
import org.jbareos.storage.read.ReadSession;

/**
 * The Storage Daemon's side of the File Daemon connection of one job ({@code stored/fd_cmds.cc:DoFdCommands},
 * PROTOCOL.md §7.2, §7.4). Commands are recognized by prefix: {@code append open}, {@code append data}, {@code append
 * end}, {@code append close}, {@code read open}, {@code read data}, {@code read close}. An unknown command gets a
 * fatal job message {@code FD command not found} and {@code 3900 Invalid command\n}; a failed command ends the
 * dialog with {@code Command error with FD, hanging up.}. The dialog ends when the File Daemon sends {@code
 * BNET_TERMINATE} or goes away; otherwise the SD sends {@code BNET_TERMINATE} itself.
 *
 * <p>As in Bareos, {@code append data} finishes the dialog (end, close, terminate) before it writes the EOS label
 * and releases the device: the File Daemon learns {@code 3000 OK append data} as soon as its data is on the volume.
 */
final class FileDaemonDialog {
  private final SdJob job;
  private final BareosConnection fileDaemon;
  private final BareosConnection director;
  private final DirectorMessenger messages;
  private final VolumeCatalogClient catalog;
  private final JobServices services;
  private boolean sessionOpen;
  private boolean stopped;
  private boolean peerGone;

  FileDaemonDialog(SdJob job, BareosConnection fileDaemon, BareosConnection director, DirectorMessenger messages,
      VolumeCatalogClient catalog, JobServices services) {
    this.job = job;
    this.fileDaemon = fileDaemon;
    this.director = director;
    this.messages = messages;
    this.catalog = catalog;
    this.services = services;
  }

  /** Runs the dialog until the File Daemon terminates it or a command fails. */
  void run() throws IOException {
    commands();
    if (!peerGone && !fileDaemon.isClosed()) {
      try {
        fileDaemon.signal(Signal.TERMINATE);
      } catch (IOException e) {
        // The File Daemon is gone; nothing left to tell it.
      }
    }
  }

  private void commands() throws IOException {
    while (!stopped) {
      Packet packet;
      try {
        packet = fileDaemon.receive();
      } catch (ConnectionClosedException e) {
        peerGone = true;
        return;
      } catch (IOException e) {
        peerGone = true;
        if (job.status() != JobStatus.TERMINATED) {
          messages.fatal("Network error reading from FD. ERR=" + e.getMessage() + "\n");
        }
        return;
      }
      if (packet instanceof Packet.SignalPacket s) {
        if (s.is(Signal.TERMINATE)) {
          peerGone = true;
          stopped = true;
        }
        continue;
      }
      byte[] payload = ((Packet.Message) packet).payload();
      if (payload.length == 0) {
        continue;
      }
      String command = TextMessage.decode(payload);
      if (!dispatch(command)) {
        stopped = true;
      }
    }
  }

  /** Runs one command ({@code fd_cmds} table order, prefix match); false ends the dialog. */
  private boolean dispatch(String command) throws IOException {
    if (command.startsWith("append open")) {
      return openSession() || commandFailed("Attempt to open already open session.");
    }
    if (command.startsWith("append data")) {
      return requireOpen("Attempt to append on non-open session.") && (appendData() || appendFailed());
    }
    if (command.startsWith("append end")) {
      return requireOpen("Attempt to close non-open session.") && reply(FdSdLine.END_OK.wireText());
    }
    if (command.startsWith("append close") || command.startsWith("read close")) {
      return requireOpen("Attempt to close non-open session.") && closeSession();
    }
    if (command.startsWith("read open")) {
      return openSession() || commandFailed("Attempt to open read on non-open session.");
    }
    if (command.startsWith("read data")) {
      return requireOpen("Attempt to read on non-open session.") && (readData() || commandFailed(null));
    }
    messages.fatal("FD command not found: " + command + "\n");
    reply("3900 Invalid command\n");
    return false;
  }

  /** {@code 3000 OK open ticket = <VolSessionId>}, or {@code 3901 Error session already open}. */
  private boolean openSession() {
    if (sessionOpen) {
      reply(FdSdLine.SESSION_ALREADY_OPEN.wireText());
      return false;
    }
    sessionOpen = true;
    return reply(new OpenTicketReply(job.volSessionId()).wireText());
  }

  /** True with an open session; else {@code 3902 Error session not opened} and the command fails. */
  private boolean requireOpen(String error) throws IOException {
    if (sessionOpen) {
      return true;
    }
    reply(FdSdLine.SESSION_NOT_OPENED.wireText());
    return commandFailed(error);
  }

  /** {@code 3000 OK close Status = <job status>} and EOD. */
  private boolean closeSession() {
    reply(new CloseStatusReply(job.status().wireValue()).wireText());
    if (!peerGone) {
      try {
        fileDaemon.signal(Signal.EOD);
      } catch (IOException e) {
        peerGone = true;
      }
    }
    sessionOpen = false;
    return true;
  }

  private boolean appendFailed() throws IOException {
    reply(FdSdLine.APPEND_DATA_ERROR.wireText());
    return commandFailed("Append data error.");
  }

  private boolean commandFailed(String error) throws IOException {
    messages.fatal(error == null
        ? "Command error with FD, hanging up.\n"
        : "Command error with FD, hanging up. " + error + "\n");
    return false;
  }

  private boolean appendData() throws IOException {
    ReservationRequest reservation = job.reservation().orElse(null);
    if (reservation == null || reservation.storages(true).isEmpty()) {
      messages.fatal("No storage was reserved for appending.\n");
      return false;
    }
    var storage = reservation.storages(true).get(0).command();
    var command = job.command();
    AppendJob appendJob = new AppendJob(job.jobId(), job.job(), command.jobName(), command.clientName(),
        command.fileSet(), command.type(), command.level(), command.fileSetMd5(), job.volSessionId(),
        job.volSessionTime(), storage.poolName(), storage.poolType(), command.noAttr());
    long runStart = services.identity().nowSeconds();
    AppendMount mount = new AppendMount(catalog, messages, services.identity().labels(),
        services.identity().clock(), job.volSessionId(), job.volSessionTime());
    VolumeAcquirer acquirer = new VolumeAcquirer() {
      @Override
      public MountedVolume acquire() throws IOException {
        return reserveAndMount(mount, reservation, storage.poolName(), storage.poolType());
      }

      @Override
      public MountedVolume next(MountedVolume current, List<String> full) throws IOException {
        return mount.mountNext(current.device(), storage.poolName(), storage.poolType(), full);
      }
    };
    AppendSession session = new AppendSession(appendJob, fileDaemon, director, catalog, messages, acquirer,
        services.identity().clock());
    boolean ok = false;
    try {
      ok = session.receiveData();
      job.setStatus(ok ? JobStatus.TERMINATED : JobStatus.ERROR_TERMINATED);
      if (ok) {
        reply(FdSdLine.APPEND_DATA_OK.wireText());
        commands();
      } else {
        reply(FdSdLine.APPEND_FAILED.wireText());
      }
    } finally {
      // The session ends on the volume whatever happened to the File Daemon: EOS label, last block, release.
      if (!session.finish(ok, job.status(), job.jobErrors())) {
        job.setStatus(JobStatus.ERROR_TERMINATED);
        ok = false;
      }
    }
    job.setTotals(session.jobFiles(), session.jobBytes());
    try {
      catalog.deleteNullJobmediaRecords(job.jobId());
    } catch (IOException e) {
      messages.warning("Could not delete placeholder media records.\n");
    }
    messages.info(TransferRate.elapsedMessage(services.identity().nowSeconds() - runStart, session.jobBytes()));
    messages.sendStatus();
    return ok;
  }

  private MountedVolume reserveAndMount(AppendMount mount, ReservationRequest reservation, String poolName,
      String poolType) throws IOException {
    messages.info("JustInTime Reservation: Finding drive to reserve.\n");
    messages.status(JobStatus.WAIT_SD);
    Device device;
    try (WaitHeartbeat heartbeat = WaitHeartbeat.start(services.heartbeatInterval(), director, fileDaemon)) {
      device = services.devices().reserve(reservation, true, job.job(), services.deviceWait())
          .orElseThrow(() -> new MountException("Could not reserve any device for this job."));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new MountException("Interrupted while waiting for a device.", e);
    }
    try {
      MountedVolume volume = mount.mount(device, poolName, poolType);
      messages.status(JobStatus.RUNNING);
      return volume;
    } catch (IOException | RuntimeException e) {
      device.release(job.job());
      throw e;
    }
  }

  private boolean readData() throws IOException {
    if (job.bootstrap().isEmpty() || job.readDevice().isEmpty()) {
      messages.fatal("No Volume names found for restore.\n");
      reply(FdSdLine.READ_DATA_ERROR.wireText());
      return false;
    }
    ReadSession session = new ReadSession(job.job(), fileDaemon, job.bootstrap().get(), job.readDevice().get(),
        catalog, messages, services.identity().clock());
    boolean ok = session.sendData();
    if (ok) {
      messages.status(JobStatus.RUNNING);
    }
    return ok;
  }

  /**
   * Sends a reply to the File Daemon. A File Daemon that is gone ends the dialog but not the job: the job still
   * ends on its volume and reports to the Director ({@code BnetSuppressErrorMessages} in {@code stored/fd_cmds.cc}).
   */
  private boolean reply(String text) {
    if (peerGone) {
      return false;
    }
    try {
      fileDaemon.send(text);
      return true;
    } catch (IOException e) {
      peerGone = true;
      stopped = true;
      return false;
    }
  }
}
