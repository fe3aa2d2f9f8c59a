package org.jbareos.storage.device;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jbareos.protocol.dirsd.MediaInfoReply;
import org.jbareos.volume.VolumeFormatException;
import org.jbareos.volume.VolumeLabel;
import org.jbareos.volume.VolumeWriter;
import org.jbareos.volume.WriterOptions;

/**
 * Makes a volume ready for a job to append to, on a device reserved for the job: the Storage Daemon's side of {@code
 * stored/reserve.cc:TryReserveAfterUse} (ask the Director for a volume), {@code stored/mount.cc:MountNextWriteVolume}
 * and {@code stored/acquire.cc:AcquireDeviceForAppend}. The catalog requests and job messages come in the order of
 * the recorded backup ({@code backup-full.txt} #2):
 *
 * <pre>
 * CatReq FindMedia=1 pool_name=.. media_type=.. unwanted_volumes=..   -&gt; 1000 OK VolName=Full-0001 ... VolStatus=Unlabeled
 * Jmsg  Using Device "FileStorage" (/srv/...) to write.
 * CatReq GetVolInfo VolName=Full-0001 write=1
 *   (no volume file: label it)  CatReq UpdateMedia ... VolStatus=Append relabel=1
 *                               Jmsg Labeled new Volume "Full-0001" on device "FileStorage" (/srv/...).
 *                               CatReq GetVolInfo VolName=Full-0001 write=1
 * Jmsg  Moving to end of data on volume "Full-0001"
 * Jmsg  Ready to append to end of Volume "Full-0001" size=205
 * CatReq UpdateMedia ... VolMounts+1 relabel=0
 * CatReq UpdateMedia ... VolJobs+1 relabel=0
 * </pre>
 *
 * A volume that cannot take the job (file missing or damaged, sizes that do not match the catalog, full) is marked in
 * the catalog ({@code Error}, {@code Full} or {@code Used}) and the Director is asked for another one, with the
 * refused volumes in {@code unwanted_volumes} ({@code stored/askdir.cc:DirFindNextAppendableVolume}, at most 20 tries).
 */
public final class AppendMount {
  private static final int MAX_TRIES = 20;

  private final VolumeCatalogClient catalog;
  private final JobMessenger messages;
  private final LabelSource labels;
  private final Clock clock;
  private final long volSessionId;
  private final long volSessionTime;

  public AppendMount(VolumeCatalogClient catalog, JobMessenger messages, LabelSource labels, Clock clock,
      long volSessionId, long volSessionTime) {
    this.catalog = catalog;
    this.messages = messages;
    this.labels = labels;
    this.clock = clock;
    this.volSessionId = volSessionId;
    this.volSessionTime = volSessionTime;
  }

  /**
   * Finds, labels if needed, and mounts a volume of {@code poolName} on {@code device}.
   *
   * @throws MountException when no usable volume was found
   * @throws CatalogRequestException when the Director refuses a request ({@code 1901 No Media.} included)
   */
  public MountedVolume mount(Device device, String poolName, String poolType) throws IOException {
    return mount(device, poolName, poolType, List.of(), true);
  }

  /**
   * Mounts the next volume after {@code full} filled up during the job ({@code stored/device.cc:
   * FixupDeviceBlockWriteError} &rarr; {@code MountNextWriteVolume}); the full volumes are unwanted.
   */
  public MountedVolume mountNext(Device device, String poolName, String poolType, List<String> full)
      throws IOException {
    return mount(device, poolName, poolType, full, false);
  }

  private MountedVolume mount(Device device, String poolName, String poolType, List<String> alreadyUnwanted,
      boolean announce) throws IOException {
    List<String> unwanted = new ArrayList<>(alreadyUnwanted);
    for (int attempt = 0; attempt < MAX_TRIES; attempt++) {
      MediaInfoReply found = catalog.findMedia(1, poolName, device.mediaType(), unwanted);
      if (attempt == 0 && announce) {
        messages.info("Using Device " + device.printName() + " to write.\n");
      }
      Optional<MountedVolume> mounted = tryMount(device, found.volumeName(), poolName, poolType);
      if (mounted.isPresent()) {
        return mounted.get();
      }
      unwanted.add(found.volumeName());
    }
    throw new MountException("Could not find an appendable volume in Pool \"" + poolName + "\" after " + MAX_TRIES
        + " tries.");
  }

  private Optional<MountedVolume> tryMount(Device device, String volumeName, String poolName, String poolType)
      throws IOException {
    VolumeCatalogInfo info = VolumeCatalogInfo.of(catalog.getVolInfo(volumeName, true));
    if (info.isFull()) {
      markVolume(info, info.maxVolBytes() > 0 && info.volBytes() >= info.maxVolBytes() ? "Full" : "Used");
      return Optional.empty();
    }
    MountedVolume mounted = new MountedVolume(device, info);
    WriterOptions options = WriterOptions.defaults().withMaxBlockSize(device.maximumBlockSize())
        .withOnBlockWritten(mounted::blockWritten);
    Path file = device.volumeFile(volumeName);
    boolean recycle = "Recycle".equals(info.volStatus());
    VolumeWriter writer;
    if (recycle || !Files.exists(file)) {
      if (!recycle && info.volBytes() > 0) {
        messages.error("Volume \"" + volumeName + "\" has " + info.volBytes() + " bytes in the catalog, but "
            + file + " does not exist.\n");
        markInError(info);
        return Optional.empty();
      }
      if (!device.labelMedia()) {
        throw new MountException("Volume \"" + volumeName + "\" is not labeled and device " + device.printName()
            + " has Label Media = no.");
      }
      writer = label(device, file, info, poolName, poolType, recycle, options);
      mounted.attach(writer);
      info.setVolStatus("Append");
      info.refresh(catalog.updateMedia(info.updateRequest(catalog.job(), nowSeconds(), true)));
      messages.info("Labeled new Volume \"" + volumeName + "\" on device " + device.printName() + ".\n");
      info.refresh(catalog.getVolInfo(volumeName, true));
    } else {
      try {
        writer = VolumeWriter.append(file, options);
      } catch (VolumeFormatException e) {
        messages.error("Volume \"" + volumeName + "\" cannot be appended to: " + e.getMessage() + "\n");
        markInError(info);
        return Optional.empty();
      }
      mounted.attach(writer);
      if (!writer.label().volumeName().equals(volumeName)) {
        messages.error("Wrong Volume mounted on device " + device.printName() + ": Wanted " + volumeName
            + " have " + writer.label().volumeName() + "\n");
        writer.close();
        return Optional.empty();
      }
    }
    if (!positionAtEnd(mounted)) {
      return Optional.empty();
    }
    info.countMount();
    info.refresh(catalog.updateMedia(info.updateRequest(catalog.job(), nowSeconds(), false)));
    info.countJob();
    info.refresh(catalog.updateMedia(info.updateRequest(catalog.job(), nowSeconds(), false)));
    return Optional.of(mounted);
  }

  private VolumeWriter label(Device device, Path file, VolumeCatalogInfo info, String poolName, String poolType,
      boolean recycle, WriterOptions options) throws IOException {
    long started = System.nanoTime();
    VolumeLabel label = labels.newLabel(nowMicros(), info.volumeName(), poolName, poolType, device.mediaType());
    VolumeWriter writer = recycle
        ? VolumeWriter.relabel(file, label, volSessionId, volSessionTime, options)
        : VolumeWriter.create(file, label, volSessionId, volSessionTime, options);
    info.addWriteTime((System.nanoTime() - started) / 1000);
    return writer;
  }

  /**
   * The end-of-data check of {@code stored/mount.cc:is_eod_valid} for disk volumes: the file's size must equal the
   * catalog's VolBytes; a bigger file corrects the catalog, a smaller one puts the volume in error.
   */
  private boolean positionAtEnd(MountedVolume mounted) throws IOException {
    VolumeCatalogInfo info = mounted.catalogInfo();
    String name = info.volumeName();
    messages.info("Moving to end of data on volume \"" + name + "\"\n");
    long position = mounted.writer().position();
    if (position == info.volBytes()) {
      messages.info("Ready to append to end of Volume \"" + name + "\" size=" + position + "\n");
      return true;
    }
    if (position > info.volBytes()) {
      messages.warning("For Volume \"" + name + "\":\nThe sizes do not match! Volume=" + position + " Catalog="
          + info.volBytes() + "\nCorrecting Catalog\n");
      info.setVolBytes(position);
      info.refresh(catalog.updateMedia(info.updateRequest(catalog.job(), nowSeconds(), false)));
      return true;
    }
    messages.error("Bareos cannot write on disk Volume \"" + name + "\" because: The sizes do not match! Volume="
        + position + " Catalog=" + info.volBytes() + "\n");
    mounted.close();
    markInError(info);
    return false;
  }

  private void markInError(VolumeCatalogInfo info) throws IOException {
    messages.info("Marking Volume \"" + info.volumeName() + "\" in Error in Catalog.\n");
    markVolume(info, "Error");
  }

  private void markVolume(VolumeCatalogInfo info, String status) throws IOException {
    info.setVolStatus(status);
    info.refresh(catalog.updateMedia(info.updateRequest(catalog.job(), nowSeconds(), false)));
  }

  private long nowSeconds() {
    return clock.instant().getEpochSecond();
  }

  private long nowMicros() {
    Instant now = clock.instant();
    return now.getEpochSecond() * 1_000_000L + now.getNano() / 1000;
  }
}
