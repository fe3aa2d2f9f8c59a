package org.jbareos.storage.read;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
import org.jbareos.net.BareosConnection;
import org.jbareos.net.Signal;
import org.jbareos.protocol.bootstrap.Bootstrap;
import org.jbareos.protocol.bootstrap.BootstrapVolume;
import org.jbareos.protocol.fdsd.FdSdLine;
import org.jbareos.protocol.fdsd.ReadRecordHeader;
import org.jbareos.storage.device.Device;
import org.jbareos.storage.device.JobMessenger;
import org.jbareos.storage.device.VolumeCatalogClient;
import org.jbareos.storage.device.VolumeCatalogInfo;
import org.jbareos.volume.PositionedRecord;
import org.jbareos.volume.RecordSelection;
import org.jbareos.volume.VolumeFormatException;
import org.jbareos.volume.VolumeReader;

/**
 * The data part of a restore or verify in the Storage Daemon ({@code stored/read.cc:DoReadData}, PROTOCOL.md §7.4):
 * after {@code read data <ticket>} it reads the volumes the bootstrap names, in order, and sends every selected
 * record as {@code rechdr <VolSessionId> <VolSessionTime> <FileIndex> <Stream> <data_len>} plus one data frame, and
 * one EOD at the end. The Director hears, as in the recorded restore ({@code restore.txt} #2):
 *
 * <pre>
 * CatReq GetVolInfo VolName=Full-0001 write=0
 * Jmsg Ready to read from volume "Full-0001" on device "FileStorage" (/srv/...).      (then FD: 3000 OK data)
 * Jmsg Forward spacing Volume "Full-0001" to file:block 0:205.                        (when VolAddr= starts later)
 * Jmsg End of Volume at file 0 on device "FileStorage" (/srv/...), Volume "Full-0001"
 * Jmsg End of all volumes.                                                             (then FD: EOD)
 * Jmsg Releasing device "FileStorage" (/srv/...).
 * CatReq UpdateMedia ... (VolReadTime grown)
 * </pre>
 */
public final class ReadSession {
  private final String job;
  private final BareosConnection fileDaemon;
  private final Bootstrap bootstrap;
  private final Device device;
  private final VolumeCatalogClient catalog;
  private final JobMessenger messages;
  private final Clock clock;
  private VolumeCatalogInfo lastVolume;

  public ReadSession(String job, BareosConnection fileDaemon, Bootstrap bootstrap, Device device,
      VolumeCatalogClient catalog, JobMessenger messages, Clock clock) {
    this.job = job;
    this.fileDaemon = fileDaemon;
    this.bootstrap = bootstrap;
    this.device = device;
    this.catalog = catalog;
    this.messages = messages;
    this.clock = clock;
  }

  /**
   * Sends the selected records of every volume, then EOD, then releases the device.
   *
   * @return false when a volume could not be read or the File Daemon could not be written to
   */
  public boolean sendData() throws IOException {
    if (bootstrap.volumes().isEmpty()) {
      messages.fatal("No Volume names found for restore.\n");
      toFileDaemon(FdSdLine.READ_DATA_ERROR.toWire());
      return false;
    }
    boolean ok = true;
    boolean first = true;
    try {
      for (BootstrapVolume part : bootstrap.volumes()) {
        Optional<VolumeReader> reader = mount(part);
        if (reader.isEmpty()) {
          if (first) {
            toFileDaemon(FdSdLine.READ_DATA_ERROR.toWire());
            release();
            return false;
          }
          ok = false;
          break;
        }
        if (first) {
          toFileDaemon(FdSdLine.DATA_OK.toWire());
          first = false;
        }
        try (VolumeReader r = reader.get()) {
          ok = sendRecords(r, new VolumeSelection(part));
        }
        if (!ok) {
          break;
        }
      }
      if (ok) {
        messages.info("End of all volumes.\n");
      }
      try {
        fileDaemon.signal(Signal.EOD);
      } catch (IOException e) {
        throw new FileDaemonGone(e);
      }
    } catch (FileDaemonGone e) {
      messages.fatal("Error sending to File daemon. ERR=" + e.getCause().getMessage() + "\n");
      ok = false;
    }
    release();
    return ok;
  }

  private Optional<VolumeReader> mount(BootstrapVolume part) throws IOException {
    String name = part.volume();
    VolumeCatalogInfo info = VolumeCatalogInfo.of(catalog.getVolInfo(name, false));
    Path file = device.volumeFile(name);
    if (!part.mediaType().equals(device.mediaType()) || !Files.exists(file)) {
      messages.fatal("Cannot read Volume \"" + name + "\" (MediaType " + part.mediaType() + ") on device "
          + device.printName() + ": " + (Files.exists(file) ? "wrong Media Type" : "no such volume file") + ".\n");
      return Optional.empty();
    }
    VolumeReader reader;
    try {
      reader = VolumeReader.open(file);
    } catch (IOException e) {
      messages.fatal("Cannot read Volume \"" + name + "\" on device " + device.printName() + ": " + e.getMessage()
          + "\n");
      return Optional.empty();
    }
    if (!reader.volumeLabel().volumeName().equals(name)) {
      messages.fatal("Wrong Volume mounted on device " + device.printName() + ": Wanted " + name + " have "
          + reader.volumeLabel().volumeName() + "\n");
      reader.close();
      return Optional.empty();
    }
    lastVolume = info;
    messages.info("Ready to read from volume \"" + name + "\" on device " + device.printName() + ".\n");
    return Optional.of(reader);
  }

  private boolean sendRecords(VolumeReader reader, VolumeSelection selection) throws IOException {
    long started = System.nanoTime();
    long start = selection.startAddress();
    if (start > 0) {
      messages.info("Forward spacing Volume \"" + reader.volumeName() + "\" to file:block " + (start >>> 32) + ":"
          + (start & 0xFFFF_FFFFL) + ".\n");
      reader.seek(start);
    }
    reader.select(RecordSelection.all().withLabels(false));
    // a header frame and a data frame per record, no answers: gathered into 64 KiB writes
    try (BareosConnection.Gathering gathered = gather()) {
      for (Optional<PositionedRecord> next; (next = reader.nextRecord()).isPresent(); ) {
        PositionedRecord positioned = next.get();
        if (selection.isPastEnd(positioned.blockAddress())) {
          break;
        }
        if (selection.selects(positioned)) {
          var r = positioned.record();
          toFileDaemon(new ReadRecordHeader(r.volSessionId(), r.volSessionTime(), r.fileIndex(), r.stream(),
              r.data().length).toWire());
          toFileDaemon(r.data());
        }
      }
    } catch (VolumeFormatException e) {
      messages.error("Volume \"" + reader.volumeName() + "\" is damaged: " + e.getMessage() + "\n");
      return false;
    } finally {
      if (lastVolume != null) {
        lastVolume.addReadTime((System.nanoTime() - started) / 1000);
      }
    }
    messages.info("End of Volume at file " + (reader.position() >>> 32) + " on device " + device.printName()
        + ", Volume \"" + reader.volumeName() + "\"\n");
    return true;
  }

  /** A write to the File Daemon failed: the read ends, the device is still released and the Director told. */
  private static final class FileDaemonGone extends IOException {
    FileDaemonGone(IOException cause) {
      super(cause);
    }
  }

  private BareosConnection.Gathering gather() throws FileDaemonGone {
    try {
      BareosConnection.Gathering gathering = fileDaemon.gather();
      return () -> {
        try {
          gathering.close();
        } catch (IOException e) {
          throw new FileDaemonGone(e);
        }
      };
    } catch (IOException e) {
      throw new FileDaemonGone(e);
    }
  }

  private void toFileDaemon(byte[] frame) throws FileDaemonGone {
    try {
      fileDaemon.send(frame);
    } catch (IOException e) {
      throw new FileDaemonGone(e);
    }
  }

  /** {@code stored/acquire.cc:ReleaseDevice} for reading: the Director learns the volume's new VolReadTime. */
  private void release() throws IOException {
    try {
      messages.info("Releasing device " + device.printName() + ".\n");
      if (lastVolume != null) {
        lastVolume.refresh(catalog.updateMedia(lastVolume.updateRequest(job, clock.instant().getEpochSecond(),
            false)));
      }
    } finally {
      device.release(job);
    }
  }
}
