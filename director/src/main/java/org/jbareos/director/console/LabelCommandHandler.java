package org.jbareos.director.console;

import java.io.IOException;
import java.util.List;
import java.util.Optional;
import org.jbareos.catalog.CatalogDatabase;
import org.jbareos.catalog.MediaRecord;
import org.jbareos.catalog.NewMedia;
import org.jbareos.catalog.PoolRecord;
import org.jbareos.config.dir.PoolResource;
import org.jbareos.config.dir.StorageResource;
import org.jbareos.director.job.CatalogResources;
import org.jbareos.net.ProtocolException;
import org.jbareos.protocol.dirsd.LabelCommand;
import org.jbareos.protocol.dirsd.LabelReply;
import org.jbareos.protocol.dirsd.MountCommand;

/**
 * {@code label volume=<name> pool=<pool> storage=<storage> [slot=<n>] [yes]} ({@code dird/ua_label.cc do_label}):
 * checks the name ({@code IsVolumeNameLegal}) and that no labeled volume of that name is in the catalog, asks the
 * Storage's SD to label it on the Storage resource's first device ({@link LabelCommand}, answers relayed), creates
 * the Media record with the Pool's defaults ({@code Catalog record for Volume "V", Slot 0 successfully created.}) and,
 * automount being on, asks the SD to mount the device ({@code Requesting to mount FileStorage ...}).
 *
 * <pre>
 * Connecting to Storage daemon File at 127.0.0.1:9103 ...
 * Sending label command for Volume "V" Slot 0 ...
 * 3000 OK label. VolFiles=0 VolBytes=205 Volume="V" Device="FileStorage" (/srv/bareos/storage)
 * Catalog record for Volume "V", Slot 0 successfully created.
 * Requesting to mount FileStorage ...
 * 3906 File device "FileStorage" (/srv/bareos/storage) is always mounted.
 * </pre>
 *
 * jbareos does not prompt: a missing volume name or an ambiguous pool is reported instead of asked for.
 */
final class LabelCommandHandler implements ConsoleCommand {
  private static final String LEGAL = ":.-_/";
  private static final int MAX_NAME_LENGTH = 128;

  @Override
  public boolean run(ConsoleSession session, CommandLine line) throws IOException {
    ConsoleOutput out = session.output();
    session.openCatalog(line, true);
    Optional<StorageResource> storage = StatusCommand.storageOf(session, line);
    if (storage.isEmpty()) {
      return true;
    }
    Optional<String> volume = line.valueOf("volume");
    if (volume.isEmpty()) {
      out.error("Name the new Volume with volume=<name>: jbareos does not prompt for it.\n");
      return true;
    }
    if (!legal(out, volume.get())) {
      return true;
    }
    CatalogDatabase catalog = session.director().catalog();
    Optional<MediaRecord> existing = catalog.media().findByName(volume.get());
    if (existing.isPresent() && existing.get().volBytes() != 0) {
      out.error("Media record for new Volume \"%s\" already exists.\n", volume.get());
      return true;
    }
    int slot = line.valueOf("slot").map(LabelCommandHandler::number).orElse(0);
    Optional<PoolResource> poolResource = poolOf(session, line);
    if (poolResource.isEmpty()) {
      return true;
    }
    PoolRecord pool = CatalogResources.pool(catalog, poolResource.get());
    String device = storage.get().devices().getFirst();
    DaemonControl daemons = session.director().jobRunner().daemons();
    out.send("Connecting to Storage daemon %s at %s:%d ...\n", storage.get().name(), storage.get().address(),
        storage.get().port());
    DaemonControl.StorageLink sd;
    try {
      sd = daemons.openStorage(storage.get().name());
    } catch (DaemonControl.DaemonUnreachableException e) {
      out.error("Failed to connect to Storage daemon.\n");
      out.error("Label command failed for Volume %s.\n", volume.get());
      out.info("Do not forget to mount the drive!!!\n");
      return true;
    }
    try (sd) {
      out.send("Sending label command for Volume \"%s\" Slot %d ...\n", volume.get(), slot);
      Optional<LabelReply> labeled = Optional.empty();
      for (String frame : sd.command(new LabelCommand(device, volume.get(), pool.name(),
          storage.get().mediaType(), slot, 0, (int) pool.minBlockSize(), (int) pool.maxBlockSize()).wireText())) {
        out.send(frame);
        labeled = labeled.or(() -> scan(frame));
      }
      if (labeled.isEmpty() || !record(session, existing, pool, storage.get(), volume.get(), slot,
          labeled.get().volBytes())) {
        out.error("Label command failed for Volume %s.\n", volume.get());
        out.info("Do not forget to mount the drive!!!\n");
        return true;
      }
      out.info("Requesting to mount %s ...\n", device);
      boolean reminder = true;
      for (String frame : sd.command(new MountCommand(device, 0).wireText())) {
        out.send(frame);
        if (frame.startsWith("3001 ") || frame.startsWith("3002 ") || frame.startsWith("3906 ")) {
          reminder = false;
        }
      }
      if (reminder) {
        out.info("Do not forget to mount the drive!!!\n");
      }
    } catch (DaemonControl.DaemonUnreachableException e) {
      out.error("Label command failed for Volume %s.\n", volume.get());
    }
    return true;
  }

  /** {@code update_database}: the new Media record with the Pool's defaults, or the unlabeled one updated. */
  private static boolean record(ConsoleSession session, Optional<MediaRecord> existing, PoolRecord pool,
      StorageResource storage, String volume, int slot, long volBytes) throws IOException {
    CatalogDatabase catalog = session.director().catalog();
    try {
      if (existing.isEmpty()) {
        long storageId = catalog.storages().findOrCreate(storage.name(), storage.autochanger()).storageId();
        catalog.media().create(NewMedia.fromPool(pool, volume, storage.mediaType(),
            volBytes > 0 ? "Append" : "Unlabeled", storageId));
      }
      catalog.media().labeled(volume, volBytes, session.director().now(), slot);
      if (existing.isEmpty()) {
        session.output().info("Catalog record for Volume \"%s\", Slot %d successfully created.\n", volume, slot);
        catalog.pools().updateNumVols(pool.poolId());
      }
      return true;
    } catch (RuntimeException e) {
      session.output().error("%s\n", e.getMessage());
      return false;
    }
  }

  /** {@code SelectPoolDbr}: the {@code pool=} Pool, else the only one. */
  private static Optional<PoolResource> poolOf(ConsoleSession session, CommandLine line) throws IOException {
    List<PoolResource> pools = session.director().config().pools();
    Optional<String> name = line.valueOf("pool");
    if (name.isPresent()) {
      Optional<PoolResource> pool = pools.stream().filter(p -> p.name().equals(name.get())).findFirst();
      if (pool.isPresent()) {
        return pool;
      }
      session.output().error("Pool \"%s\" not found.\n", name.get());
      return Optional.empty();
    }
    return StatusCommand.onlyOne(session, pools, "Pool", PoolResource::name);
  }

  private static Optional<LabelReply> scan(String frame) {
    try {
      return Optional.of(LabelReply.parse(frame));
    } catch (ProtocolException notTheAnswer) {
      return Optional.empty();
    }
  }

  /** {@code IsVolumeNameLegal}. */
  private static boolean legal(ConsoleOutput out, String name) throws IOException {
    if (name.startsWith("/")) {
      out.error("Volume name can not start with \"/\".\n");
      return false;
    }
    for (char c : name.toCharArray()) {
      if (!(Character.isLetterOrDigit(c) && c < 128) && LEGAL.indexOf(c) < 0) {
        out.error("Illegal character \"%c\" in a volume name.\n", c);
        return false;
      }
    }
    if (name.length() >= MAX_NAME_LENGTH) {
      out.error("Volume name too long.\n");
      return false;
    }
    if (name.isEmpty()) {
      out.error("Volume name must be at least one character long.\n");
      return false;
    }
    return true;
  }

  private static int number(String text) {
    try {
      return Math.max(0, Integer.parseInt(text.strip()));
    } catch (NumberFormatException e) {
      return 0;
    }
  }
}
