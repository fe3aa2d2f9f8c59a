package org.jbareos.storage.job;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;
import org.jbareos.net.BareosConnection;
import org.jbareos.net.ProtocolException;
import org.jbareos.net.Signal;
import org.jbareos.protocol.dirsd.DeviceBusyReply;
import org.jbareos.protocol.dirsd.LabelCommand;
import org.jbareos.protocol.dirsd.LabelReply;
import org.jbareos.protocol.dirsd.MountCommand;
import org.jbareos.storage.device.Device;
import org.jbareos.volume.VolumeFormatException;
import org.jbareos.volume.VolumeLabel;
import org.jbareos.volume.VolumeReader;
import org.jbareos.volume.VolumeWriter;
import org.jbareos.volume.WriterOptions;

/**
 * The Director's {@code label} and {@code mount} outside a job ({@code stored/dir_cmd.cc DoLabel}, {@code
 * LabelVolumeIfOk}, {@code MountCmd}), for File devices, each answered with one line and an EOD; the session goes
 * on.
 *
 * <pre>
 * label FileStorage VolumeName=V PoolName=Full MediaType=File Slot=0 drive=0 MinBlocksize=0 MaxBlocksize=0
 *   -&gt; 3000 OK label. VolFiles=0 VolBytes=205 Volume="V" Device="FileStorage" (/srv/...)
 *    | 3920 Cannot label Volume because it is already labeled: "V"
 *    | 3999 Device "X" not found or could not be opened.
 * mount FileStorage drive=0
 *   -&gt; 3906 File device "FileStorage" (/srv/...) is always mounted.
 * </pre>
 *
 * The label is Bareos's volume label ({@code VOL_LABEL}, pool type {@code Backup} as {@code CreateVolumeHeader}
 * writes it) in a new file named after the volume in the device's directory; a device a job holds answers that it
 * is busy.
 */
final class LabelRequest {
  private final BareosConnection director;
  private final JobServices services;

  LabelRequest(BareosConnection director, JobServices services) {
    this.director = director;
    this.services = services;
  }

  /** Answers a {@code label} command. */
  boolean label(String text) throws IOException {
    LabelCommand command;
    try {
      command = LabelCommand.parse(text);
    } catch (ProtocolException e) {
      director.send(LabelReply.SCAN_ERROR.format(text));
      director.signal(Signal.EOD);
      return true;
    }
    Optional<Device> device = services.devices().find(command.device());
    if (device.isEmpty()) {
      director.send(LabelReply.DEVICE_NOT_FOUND.format(command.device()));
    } else if (device.get().reservedBy().isPresent()) {
      director.send(busy(device.get()).wireText());
    } else {
      director.send(writeLabel(device.get(), command));
    }
    director.signal(Signal.EOD);
    return true;
  }

  private String writeLabel(Device device, LabelCommand command) {
    Path file = device.volumeFile(command.volumeName());
    if (Files.exists(file)) {
      try (VolumeReader reader = VolumeReader.open(file)) {
        return LabelReply.ALREADY_LABELED.format(reader.volumeLabel().volumeName());
      } catch (VolumeFormatException notBareos) {
        // VOL_NO_LABEL: the file holds no Bareos label and may be labeled
      } catch (IOException e) {
        return LabelReply.OPEN_FAILED.format(device.printName(), e.getMessage());
      }
    }
    VolumeLabel label = services.identity().labels().newLabel(nowMicros(), command.volumeName(),
        command.poolName(), "Backup", command.mediaType());
    WriterOptions options = WriterOptions.defaults().withMaxBlockSize(device.maximumBlockSize());
    try (VolumeWriter writer = VolumeWriter.relabel(file, label, 0, services.jobs().volSessionTime(), options)) {
      writer.flush();
    } catch (IOException e) {
      return LabelReply.LABEL_FAILED.format(e.getMessage());
    }
    try {
      return new LabelReply(0, Files.size(file), command.volumeName(), device.printName()).wireText();
    } catch (IOException e) {
      return LabelReply.LABEL_FAILED.format(e.getMessage());
    }
  }

  /** Answers a {@code mount} command: a File device is always mounted. */
  boolean mount(String text) throws IOException {
    MountCommand command;
    try {
      command = MountCommand.parse(text);
    } catch (ProtocolException e) {
      director.send(MountCommand.SCAN_ERROR.format(text));
      director.signal(Signal.EOD);
      return true;
    }
    Optional<Device> device = services.devices().find(command.device());
    director.send(device.map(d -> MountCommand.FILE_ALWAYS_MOUNTED.format(d.printName()))
        .orElse(MountCommand.DEVICE_NOT_FOUND.format(command.device())));
    director.signal(Signal.EOD);
    return true;
  }

  /**
   * Bareos counts a device's writers and reservations; ours holds one job at a time, which is its one writer once it
   * writes, or reads.
   */
  private static DeviceBusyReply busy(Device device) {
    boolean reading = device.heldForReading();
    return new DeviceBusyReply(device.printName(), reading, reading ? 0 : 1, 0);
  }

  private long nowMicros() {
    Instant now = services.identity().clock().instant();
    return now.getEpochSecond() * 1_000_000L + now.getNano() / 1000;
  }
}
