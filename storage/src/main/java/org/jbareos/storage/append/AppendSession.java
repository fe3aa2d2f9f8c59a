package org.jbareos.storage.append;

import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jbareos.net.BareosConnection;
import org.jbareos.net.Packet;
import org.jbareos.net.ProtocolException;
import org.jbareos.net.Signal;
import org.jbareos.protocol.JobStatus;
import org.jbareos.protocol.TextMessage;
import org.jbareos.protocol.dirsd.FileAttributesUpdate;
import org.jbareos.protocol.fdsd.FdSdLine;
import org.jbareos.protocol.fdsd.RecordHeader;
import org.jbareos.storage.device.JobMessenger;
import org.jbareos.storage.device.MountedVolume;
import org.jbareos.storage.device.VolumeCatalogClient;
import org.jbareos.volume.Record;
import org.jbareos.volume.SessionLabel;
import org.jbareos.volume.UnwrittenData;
import org.jbareos.volume.VolumeFullException;
import org.jbareos.volume.VolumeWriter;

/**
 * The data part of a backup in the Storage Daemon ({@code stored/append.cc:DoAppendData}, PROTOCOL.md §7.2): after
 * {@code append data <ticket>} the File Daemon streams records, each a header frame {@code <FileIndex> <Stream> 0},
 * data frames and an EOD, and ends with an EOD in header position. Every data frame becomes one volume record.
 *
 * <p>{@link #receiveData()} answers {@code 3000 OK data} and reads the records. The device is reserved and the volume
 * mounted when the first data frame arrives (just-in-time reservation), then the SOS label is written. Attribute and
 * digest records go to the Director as {@code UpdCat} once the block that holds them was written. The first block
 * with file data sends the placeholder JobMedia record.
 *
 * <p>{@link #finish} writes the EOS label with the job's totals, writes the last block, sends the remaining
 * attributes (only when the job went well), and releases the device: {@code Releasing device}, the JobMedia record
 * of the job's part of the volume and the final {@code UpdateMedia} ({@code stored/acquire.cc:ReleaseDevice}). A
 * session whose File Daemon vanished still gets its EOS label and last block, so the volume stays readable.
 */
public final class AppendSession {
  /** How many more volumes may refuse the block a full volume could not take ({@code stored/device.h}: 4). */
  private static final int OVERFLOW_RETRIES = 4;
  private static final DateTimeFormatter BSTRFTIME = DateTimeFormatter.ofPattern("dd-MMM-yyyy HH:mm", Locale.ENGLISH);

  private final AppendJob job;
  private final BareosConnection fileDaemon;
  private final BareosConnection director;
  private final VolumeCatalogClient catalog;
  private final JobMessenger messages;
  private final VolumeAcquirer acquirer;
  private final Clock clock;
  private final List<ProcessedFile> processed = new ArrayList<>();
  private final List<String> fullVolumes = new ArrayList<>();
  private SessionVolume volume;
  private ProcessedFile current;
  private long jobBytes;

  public AppendSession(AppendJob job, BareosConnection fileDaemon, BareosConnection director,
      VolumeCatalogClient catalog, JobMessenger messages, VolumeAcquirer acquirer, Clock clock) {
    this.job = job;
    this.fileDaemon = fileDaemon;
    this.director = director;
    this.catalog = catalog;
    this.messages = messages;
    this.acquirer = acquirer;
    this.clock = clock;
  }

  /** The last FileIndex received ({@code JobFiles}). */
  public long jobFiles() {
    return current == null ? 0 : current.fileIndex();
  }

  /** The data bytes received ({@code JobBytes}: the sum of all data frames). */
  public long jobBytes() {
    return jobBytes;
  }

  /**
   * Sends {@code 3000 OK data} and receives records until the final EOD.
   *
   * @return false when the File Daemon broke the protocol or vanished, or the volume could not be written; the
   *     reason went to the Director as a fatal job message
   */
  public boolean receiveData() throws IOException {
    try {
      try {
        fileDaemon.send(FdSdLine.DATA_OK.toWire());
      } catch (IOException e) {
        throw new FileDaemonGone(e);
      }
      while (true) {
        Packet packet = receiveFromFileDaemon();
        if (packet instanceof Packet.SignalPacket s) {
          if (s.is(Signal.EOD)) {
            return true;
          }
          messages.fatal("Unexpected signal from FD: " + s.value() + "\n");
          return false;
        }
        String text = TextMessage.decode(((Packet.Message) packet).payload());
        RecordHeader header;
        try {
          header = RecordHeader.parse(text);
        } catch (ProtocolException e) {
          messages.fatal("Malformed data header from FD: " + text + "\n");
          return false;
        }
        if (!startFile(header.fileIndex()) || !receiveRecordData(header)) {
          return false;
        }
      }
    } catch (FileDaemonGone e) {
      messages.fatal("Network error reading from FD. ERR=" + e.getCause().getMessage() + "\n");
      return false;
    }
  }

  /** The File Daemon's connection failed; other I/O errors (the Director, the volume) are not this. */
  private static final class FileDaemonGone extends IOException {
    FileDaemonGone(IOException cause) {
      super(cause);
    }
  }

  private Packet receiveFromFileDaemon() throws FileDaemonGone {
    try {
      return fileDaemon.receive();
    } catch (IOException e) {
      throw new FileDaemonGone(e);
    }
  }

  /** FileIndex starts at 1 and stays or grows by one ({@code not positive or sequential}). */
  private boolean startFile(int fileIndex) throws IOException {
    int last = current == null ? 0 : current.fileIndex();
    if (fileIndex <= 0 || (fileIndex != last && fileIndex != last + 1)) {
      messages.fatal("FileIndex=" + fileIndex + " from FD not positive or sequential=" + last + "\n");
      return false;
    }
    if (current == null || current.fileIndex() != fileIndex) {
      if (current != null) {
        processed.add(current);
      }
      current = new ProcessedFile(fileIndex);
    }
    return true;
  }

  private boolean receiveRecordData(RecordHeader header) throws IOException {
    while (true) {
      Packet packet = receiveFromFileDaemon();
      if (packet instanceof Packet.SignalPacket s) {
        if (s.is(Signal.EOD)) {
          return true;
        }
        messages.fatal("Unexpected signal from FD: " + s.value() + "\n");
        return false;
      }
      byte[] data = ((Packet.Message) packet).payload();
      if (volume == null && !setUpVolume()) {
        return false;
      }
      if (volume.isFullBefore(data.length) && !nextVolume()) {
        return false;
      }
      Record record = new Record(job.volSessionId(), job.volSessionTime(), header.fileIndex(), header.stream(), data);
      try {
        write(w -> w.write(record));
      } catch (VolumeFullException e) {
        if (!continueAfterFullDisk(e, OVERFLOW_RETRIES)) {
          return false;
        }
      } catch (IOException e) {
        messages.fatal("Fatal append error on device " + volume.mounted().device().printName() + ": ERR=" + e.getMessage()
            + "\n");
        return false;
      }
      jobBytes += data.length;
      current.offer(record);
    }
  }

  private boolean setUpVolume() throws IOException {
    try {
      volume = new SessionVolume(acquirer.acquire(), catalog);
    } catch (IOException e) {
      messages.fatal(e.getMessage() + "\n");
      messages.fatal("Unable to setup device for this job.\n");
      return false;
    }
    write(w -> w.writeSessionLabel(job.startOfSession(nowMicros()), job.volSessionId(), job.volSessionTime()));
    return true;
  }

  /**
   * Ends the full volume and continues on the next one ({@code stored/device.cc:FixupDeviceBlockWriteError}): the
   * current block goes out, the volume's JobMedia record is sent and the volume is marked Full, then the Director
   * names the next volume. The session's records continue there; its EOS label goes on the last volume.
   */
  private boolean nextVolume() throws IOException {
    var info = volume.catalogInfo();
    MountedVolume full = volume.mounted();
    return continueOnNextVolume(() -> {
      write(VolumeWriter::flush);
      full.close();
      messages.info("User defined maximum volume capacity " + grouped(info.maxVolBytes()) + " exceeded on device "
          + full.device().printName() + ".\n");
    }, null, OVERFLOW_RETRIES);
  }

  /**
   * The disk of the volume is full ({@code ENOSPC}): as Bareos's {@code stored/block.cc:WriteBlockToDev} and {@code
   * TerminateWritingVolume}, "End of Volume", the volume's JobMedia record, the volume marked Full; then the next
   * volume takes the block that did not fit and the record being written ({@code FixupDeviceBlockWriteError}). When
   * the next volume is on the same full disk, its label or that block does not fit either and the job fails with
   * that error (after {@code retries} more volumes for the block: "Catastrophic error. Cannot write overflow block").
   */
  private boolean continueAfterFullDisk(VolumeFullException e, int retries) throws IOException {
    MountedVolume full = volume.mounted();
    long address = e.address();
    messages.info("End of Volume \"" + full.volumeName() + "\" at " + (address >>> 32) + ":"
        + (address & 0xFFFF_FFFFL) + " on device " + full.device().printName() + ". Write of " + e.blockLength()
        + " bytes got " + (e.bytesWritten() > 0 ? e.bytesWritten() : -1) + ".\n");
    UnwrittenData unwritten = full.writer().takeUnwritten();
    return continueOnNextVolume(full::close, unwritten, retries);
  }

  /** How the current volume is ended before the next one is mounted. */
  @FunctionalInterface
  private interface VolumeEnd {
    void run() throws IOException;
  }

  /**
   * Ends the current volume with {@code end}, reports it, sends its JobMedia record and marks it Full, mounts the
   * next volume and writes there what the full one could not take ({@code unwritten}, may be null).
   */
  private boolean continueOnNextVolume(VolumeEnd end, UnwrittenData unwritten, int retries) throws IOException {
    var info = volume.catalogInfo();
    String name = info.volumeName();
    MountedVolume full = volume.mounted();
    try {
      end.run();
      messages.info("End of medium on Volume \"" + name + "\" Bytes=" + grouped(info.volBytes()) + " Blocks="
          + grouped(info.volBlocks()) + " at " + dateTime() + ".\n");
      volume.sendJobMedia();
      info.setVolStatus("Full");
      info.refresh(catalog.updateMedia(info.updateRequest(job.job(), clock.instant().getEpochSecond(), false)));
      fullVolumes.add(name);
      volume = new SessionVolume(acquirer.next(full, List.copyOf(fullVolumes)), catalog);
      messages.info("New volume \"" + volume.mounted().volumeName() + "\" mounted on device "
          + volume.mounted().device().printName() + " at " + dateTime() + ".\n");
      if (unwritten != null) {
        try {
          write(w -> w.resume(unwritten));
        } catch (VolumeFullException overflow) {
          if (retries > 0) {
            return continueAfterFullDisk(overflow, retries - 1);
          }
          messages.fatal("Catastrophic error. Cannot write overflow block to device "
              + volume.mounted().device().printName() + ". ERR=" + overflow.getMessage() + "\n");
          abandon(full);
          return false;
        }
      }
    } catch (IOException e) {
      messages.fatal("Cannot continue the job on a new volume after \"" + name + "\": " + e.getMessage() + "\n");
      abandon(full);
      return false;
    }
    return true;
  }

  /** The job cannot go on: the volume it got last is closed, the device released. */
  private void abandon(MountedVolume full) {
    if (volume == null) {
      return;
    }
    if (volume.mounted() != full) {
      closeQuietly(volume.mounted());
    }
    full.device().release(job.job());
    volume = null;
  }

  private static void closeQuietly(MountedVolume mounted) {
    try {
      mounted.close();
    } catch (IOException | RuntimeException e) {
      // the job already failed with the error that matters
    }
  }

  private static String grouped(long value) {
    return String.format(Locale.ROOT, "%,d", value);
  }

  /** {@code bstrftime}: {@code 22-Nov-2026 02:09}. */
  private String dateTime() {
    return BSTRFTIME.format(clock.instant().atZone(clock.getZone()));
  }

  /** A write to the volume; when it wrote blocks, the attributes of the files finished before them go out. */
  private void write(SessionVolume.VolumeWrite action) throws IOException {
    if (volume.write(action)) {
      sendAttributes();
    }
  }

  private void sendAttributes() throws IOException {
    // one UpdCat per attribute and digest record, no answers: gathered into 64 KiB writes
    try (BareosConnection.Gathering gathered = director.gather()) {
      for (ProcessedFile file : processed) {
        if (job.noAttributes()) {
          continue;
        }
        for (Record r : file.attributes()) {
          director.send(new FileAttributesUpdate(job.job(), r.volSessionId(), r.volSessionTime(), r.fileIndex(),
              r.stream(), r.data()).toWire());
        }
      }
    }
    processed.clear();
  }

  /**
   * Ends the session on the volume: EOS label, last block, remaining attributes (if {@code ok}), device release.
   *
   * @param status the job status to record in the EOS label
   * @return false if the end could not be written
   */
  public boolean finish(boolean ok, JobStatus status, long jobErrors) throws IOException {
    if (!ok) {
      processed.clear();
    }
    if (volume == null) {
      if (ok) {
        messages.info("Because no backup data was received, no device was reserved. As such no Session Labels were"
            + " written for this job.\n");
      }
      return ok;
    }
    boolean written = ok;
    IOException failure = null;
    try {
      long endAddress = volume.lastBlockEnd();
      long startAddress = volume.startAddress();
      SessionLabel eos = job.startOfSession(nowMicros()).endOfSession(nowMicros(), new SessionLabel.Totals(
          jobFiles(), jobBytes, startAddress & 0xFFFF_FFFFL, endAddress & 0xFFFF_FFFFL, startAddress >>> 32,
          endAddress >>> 32, jobErrors, status.wireValue()));
      write(w -> w.writeSessionLabel(eos, job.volSessionId(), job.volSessionTime()));
      write(VolumeWriter::flush);
      if (ok) {
        if (current != null) {
          processed.add(current);
        }
        sendAttributes();
      }
    } catch (IOException e) {
      failure = e;
      written = false;
    }
    release();
    if (failure != null) {
      messages.fatal("Error writing end session label. ERR=" + failure.getMessage() + "\n");
    }
    return written;
  }

  /**
   * {@code stored/acquire.cc:ReleaseDevice}: the volume file is closed, the Director hears {@code Releasing device},
   * gets the JobMedia record and the volume's final counters; the device is free again even if that fails.
   */
  private void release() throws IOException {
    MountedVolume mounted = volume.mounted();
    try {
      try {
        mounted.close();
      } catch (IOException e) {
        // e.g. the disk is full: the writer cut the block that did not fit, so the volume still ends on its last
        // whole block and its JobMedia below stays true; the job goes on to release the device and report
        messages.fatal("Error closing Volume \"" + mounted.volumeName() + "\" on device "
            + mounted.device().printName() + ": ERR=" + e.getMessage() + "\n");
      }
      messages.info("Releasing device " + mounted.device().printName() + ".\n");
      volume.sendJobMedia();
      var info = volume.catalogInfo();
      if (info.maxVolBytes() > 0 && info.volBytes() >= info.maxVolBytes()) {
        info.setVolStatus("Full");
      }
      info.refresh(catalog.updateMedia(info.updateRequest(job.job(), clock.instant().getEpochSecond(), false)));
    } finally {
      mounted.device().release(job.job());
    }
  }

  private long nowMicros() {
    Instant now = clock.instant();
    return now.getEpochSecond() * 1_000_000L + now.getNano() / 1000;
  }
}
