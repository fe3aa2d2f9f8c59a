package org.jbareos.catalog;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.regex.Pattern;
import org.jdbi.v3.core.Handle;

/**
 * The {@code Media} table: volumes, the choice of a volume to write, and the SD's updates.
 *
 * <p>Volume status values are Bareos's ({@code Append}, {@code Full}, {@code Used}, {@code Recycle}, {@code Purged},
 * ...; the {@code volstatus} CHECK constraint lists them all).
 */
public final class MediaRepository {
  /** Characters Bareos accepts in a volume name besides letters and digits ({@code IsVolumeNameLegal}). */
  private static final Pattern LEGAL_VOLUME_NAME = Pattern.compile("[A-Za-z0-9:.\\-_/]+");

  private final CatalogTransactions tx;

  MediaRepository(CatalogTransactions tx) {
    this.tx = tx;
  }

  /** Inserts a volume and returns its row ({@code media_volumename_id} keeps names unique). */
  public MediaRecord create(NewMedia media) {
    return tx.inTransaction(h -> insert(h, media));
  }

  public Optional<MediaRecord> findByName(String volumeName) {
    return tx.inTransaction(h -> byName(h, volumeName, false));
  }

  public Optional<MediaRecord> findById(long mediaId) {
    return tx.inTransaction(
        h ->
            h.createQuery("SELECT " + MediaRecord.COLUMNS + " FROM media WHERE mediaid = :id")
                .bind("id", mediaId)
                .mapTo(MediaRecord.class)
                .findOne());
  }

  /** The pool's volumes, by MediaId. */
  public List<MediaRecord> listByPool(long poolId) {
    return tx.inTransaction(
        h ->
            h.createQuery("SELECT " + MediaRecord.COLUMNS + " FROM media WHERE poolid = :pool ORDER BY mediaid")
                .bind("pool", poolId)
                .mapTo(MediaRecord.class)
                .list());
  }

  /**
   * The first enabled volume of the pool and media type in {@code volStatus}, skipping {@code unwanted} volume
   * names: Bareos's {@code FindNextVolume} ({@code cats/sql_find.cc}). For {@code Recycle} and {@code Purged} it
   * takes the oldest recyclable volume ({@code AND Recycle=1 ORDER BY LastWritten ASC, MediaId}); otherwise the most
   * recently written one, never-written last ({@code ORDER BY LastWritten IS NULL, LastWritten DESC, MediaId}).
   *
   * @param inChangerOf when present, only volumes in that storage's autochanger ({@code InChanger=1 AND
   *     StorageId=...})
   */
  public Optional<MediaRecord> findNextVolume(
      long poolId, String mediaType, String volStatus, OptionalLong inChangerOf, Collection<String> unwanted) {
    boolean recycling = "Recycle".equals(volStatus) || "Purged".equals(volStatus);
    String sql =
        "SELECT " + MediaRecord.COLUMNS + " FROM media WHERE poolid = :pool AND mediatype = :type AND enabled = 1"
            + " AND volstatus = :status AND volumename <> ALL(:unwanted)"
            + (inChangerOf.isPresent() ? " AND inchanger = 1 AND storageid = :storage" : "")
            + (recycling
                ? " AND recycle = 1 ORDER BY lastwritten ASC, mediaid"
                : " ORDER BY lastwritten IS NULL, lastwritten DESC, mediaid")
            + " LIMIT 1";
    return tx.inTransaction(
        h -> {
          var query =
              h.createQuery(sql)
                  .bind("pool", poolId)
                  .bind("type", mediaType)
                  .bind("status", volStatus)
                  .bindArray("unwanted", String.class, List.copyOf(unwanted));
          inChangerOf.ifPresent(storage -> query.bind("storage", storage));
          return query.mapTo(MediaRecord.class).findOne();
        });
  }

  /**
   * A volume to append to for the SD's {@code CatReq FindMedia} (PROTOCOL.md §6.2): the pool's {@code Append}
   * volume chosen as {@link #findNextVolume} does. When there is none the Director recycles
   * ({@code findNextVolume(..., "Recycle"/"Purged", ...)}) or creates one ({@link #createNextVolume}), as Bareos's
   * {@code FindNextVolumeForAppend} goes on to do.
   */
  public Optional<MediaRecord> findAppendable(long poolId, String mediaType, Collection<String> unwanted) {
    return findNextVolume(poolId, mediaType, "Append", OptionalLong.empty(), unwanted);
  }

  /**
   * Creates the pool's next volume from its Label Format, as Bareos's {@code newVolume}/{@code CreateSimpleName}
   * ({@code dird/newvol.cc}) do: the name is the Label Format followed by a four-digit number, starting after the
   * highest MediaId and skipping names already taken (at most 99 tries); the pool's NumVols is recounted. The volume
   * starts {@code Unlabeled} ({@code ua_db.cc SetPoolDbrDefaultsInMediaDbr}; the SD labels it and reports {@code
   * Append}), in the same transaction, so no other job sees it as appendable before it is labelled.
   *
   * @return empty when the pool has reached {@code MaxVols} or has no Label Format (or {@code *})
   * @throws IllegalArgumentException when the Label Format holds variables ({@code ${Year}}, counters): those are
   *     expanded by the Director, which then calls {@link #create}
   */
  public Optional<MediaRecord> createNextVolume(long poolId, String mediaType, long storageId) {
    return tx.inTransaction(
        h -> {
          PoolRecord pool =
              h.createQuery("SELECT " + PoolRecord.COLUMNS + " FROM pool WHERE poolid = :id FOR UPDATE")
                  .bind("id", poolId)
                  .mapTo(PoolRecord.class)
                  .findOne()
                  .orElseThrow(() -> new IllegalArgumentException("no pool with PoolId " + poolId));
          if (pool.maxVols() != 0 && pool.numVols() >= pool.maxVols()) {
            return Optional.empty();
          }
          String format = pool.labelFormat();
          if (format == null || format.isEmpty() || format.startsWith("*")) {
            return Optional.empty();
          }
          if (!LEGAL_VOLUME_NAME.matcher(format).matches()) {
            throw new IllegalArgumentException("Label Format \"" + format + "\" needs variable expansion");
          }
          long highest = h.createQuery("SELECT coalesce(max(mediaid), 0) FROM media").mapTo(Long.class).one();
          for (long number = highest + 1; number < highest + 100; number++) {
            String name = format + String.format("%04d", number);
            if (byName(h, name, false).isEmpty()) {
              MediaRecord created = insert(h, NewMedia.fromPool(pool, name, mediaType, "Unlabeled", storageId));
              h.createUpdate(
                      "UPDATE pool SET numvols = (SELECT count(*) FROM media WHERE media.poolid = pool.poolid)"
                          + " WHERE poolid = :id")
                  .bind("id", poolId)
                  .execute();
              return Optional.of(created);
            }
          }
          return Optional.empty();
        });
  }

  /**
   * Records a console {@code label} ({@code dird/ua_label.cc update_database}): the volume's size after its label,
   * the label date, the slot and whether it is in a changer (slot above 0), and {@code Append} for a labeled volume
   * that was {@code Unlabeled}.
   */
  public void labeled(String volumeName, long volBytes, LocalDateTime labelDate, long slot) {
    tx.inTransaction(
        h ->
            h.createUpdate(
                    "UPDATE media SET volbytes = :bytes, labeldate = :date, slot = :slot, inchanger = :inChanger,"
                        + " volstatus = CASE WHEN :bytes > 0 AND volstatus = 'Unlabeled' THEN 'Append'"
                        + " ELSE volstatus END WHERE volumename = :name")
                .bind("bytes", volBytes)
                .bind("date", labelDate)
                .bind("slot", slot)
                .bind("inChanger", slot > 0 ? 1 : 0)
                .bind("name", volumeName)
                .execute());
  }

  /** Sets a volume's status (e.g. {@code Used}, {@code Full}, {@code Purged}) by name. */
  public void updateStatus(String volumeName, String volStatus) {
    tx.inTransaction(
        h ->
            h.createUpdate("UPDATE media SET volstatus = :status WHERE volumename = :name")
                .bind("status", volStatus)
                .bind("name", volumeName)
                .execute());
  }

  /**
   * Applies the SD's {@code CatReq UpdateMedia} the way Bareos's Director does ({@code dird/catreq.cc}): sets
   * FirstWritten on the first write (the SD's VolFirstWritten, else the job's start), LabelDate (and InitialWrite)
   * after a label, never lets VolFiles, VolBlocks or VolBytes go backwards otherwise, moves LastWritten when blocks
   * were written, points StorageId to the writing storage when VolWrites grew, and copies the SD's counters,
   * status, slot and times. Another volume claiming the same changer slot is marked not in the changer.
   *
   * @param jobStart the job's start time, Bareos's fallback for FirstWritten and LabelDate
   * @param writeStorageId the job's write storage, when it has one
   * @return the updated row; empty when the volume is not in the catalog (the Director answers
   *     {@code 1997 Volume "%s" not in catalog.})
   */
  public Optional<MediaRecord> updateFromStorage(VolumeUpdate sd, LocalDateTime jobStart, OptionalLong writeStorageId) {
    return tx.inTransaction(
        h -> {
          Optional<MediaRecord> found = byName(h, sd.volumeName(), true);
          if (found.isEmpty()) {
            return Optional.<MediaRecord>empty();
          }
          MediaRecord mr = found.get();
          LocalDateTime firstWritten = mr.firstWritten();
          if (firstWritten == null) {
            firstWritten = sd.volFirstWritten() == 0 ? jobStart : fromUnix(sd.volFirstWritten());
          }
          LocalDateTime labelDate = mr.labelDate();
          LocalDateTime initialWrite = mr.initialWrite();
          long volFiles = sd.volFiles();
          long volBlocks = sd.volBlocks();
          long volBytes = sd.volBytes();
          if (sd.relabel() || labelDate == null) {
            labelDate = jobStart;
            if (initialWrite == null) {
              initialWrite = jobStart;
            }
          } else {
            if (volFiles < mr.volFiles()) {
              volFiles = mr.volFiles();
              volBlocks = mr.volBlocks();
            } else if (volFiles == mr.volFiles() && volBlocks < mr.volBlocks()) {
              volBlocks = mr.volBlocks();
            }
            if (volBytes < mr.volBytes()) {
              volBytes = mr.volBytes();
            }
          }
          LocalDateTime lastWritten = mr.lastWritten();
          if (mr.volBlocks() != volBlocks && sd.endTime() != 0) {
            lastWritten = fromUnix(sd.endTime());
          }
          long storageId =
              writeStorageId.isPresent() && sd.volWrites() > mr.volWrites() ? writeStorageId.getAsLong() : mr.storageId();
          h.createUpdate(
                  "UPDATE media SET firstwritten = :firstWritten, labeldate = :labelDate,"
                      + " initialwrite = :initialWrite, lastwritten = :lastWritten, voljobs = :volJobs,"
                      + " volfiles = :volFiles, volblocks = :volBlocks, volbytes = :volBytes, volmounts = :volMounts,"
                      + " volerrors = :volErrors, volwrites = :volWrites, volstatus = :volStatus, slot = :slot,"
                      + " inchanger = :inChanger, volreadtime = :volReadTime, volwritetime = :volWriteTime,"
                      + " storageid = :storageId WHERE mediaid = :mediaId")
              .bind("firstWritten", firstWritten)
              .bind("labelDate", labelDate)
              .bind("initialWrite", initialWrite)
              .bind("lastWritten", lastWritten)
              .bind("volJobs", sd.volJobs())
              .bind("volFiles", volFiles)
              .bind("volBlocks", volBlocks)
              .bind("volBytes", volBytes)
              .bind("volMounts", sd.volMounts())
              .bind("volErrors", sd.volErrors())
              .bind("volWrites", sd.volWrites())
              .bind("volStatus", sd.volStatus())
              .bind("slot", sd.slot())
              .bind("inChanger", sd.inChanger())
              .bind("volReadTime", sd.volReadTime())
              .bind("volWriteTime", sd.volWriteTime())
              .bind("storageId", storageId)
              .bind("mediaId", mr.mediaId())
              .execute();
          if (sd.inChanger() != 0 && sd.slot() > 0 && storageId != 0) {
            // Bareos's MakeInchangerUnique: one volume per slot of a changer
            h.createUpdate(
                    "UPDATE media SET inchanger = 0 WHERE mediaid <> :mediaId AND slot = :slot"
                        + " AND storageid = :storageId AND inchanger = 1")
                .bind("mediaId", mr.mediaId())
                .bind("slot", sd.slot())
                .bind("storageId", storageId)
                .execute();
          }
          return byName(h, sd.volumeName(), false);
        });
  }

  private static Optional<MediaRecord> byName(Handle h, String volumeName, boolean forUpdate) {
    return h.createQuery(
            "SELECT " + MediaRecord.COLUMNS + " FROM media WHERE volumename = :name" + (forUpdate ? " FOR UPDATE" : ""))
        .bind("name", volumeName)
        .mapTo(MediaRecord.class)
        .findOne();
  }

  private static MediaRecord insert(Handle h, NewMedia media) {
    return h.createQuery(
            "INSERT INTO media (volumename, poolid, mediatype, mediatypeid, volstatus, slot, inchanger, storageid,"
                + " labeltype, recycle, actiononpurge, volretention, voluseduration, maxvoljobs, maxvolfiles,"
                + " maxvolbytes, minblocksize, maxblocksize, scratchpoolid, recyclepoolid, enabled)"
                + " VALUES (:volumeName, :poolId, :mediaType, :mediaTypeId, :volStatus, :slot, :inChanger,"
                + " :storageId, :labelType, :recycle, :actionOnPurge, :volRetention, :volUseDuration, :maxVolJobs,"
                + " :maxVolFiles, :maxVolBytes, :minBlockSize, :maxBlockSize, :scratchPoolId, :recyclePoolId,"
                + " :enabled) RETURNING " + MediaRecord.COLUMNS)
        .bindMethods(media)
        .mapTo(MediaRecord.class)
        .one();
  }

  private static LocalDateTime fromUnix(long seconds) {
    return LocalDateTime.ofEpochSecond(seconds, 0, ZoneId.systemDefault().getRules().getOffset(
        java.time.Instant.ofEpochSecond(seconds)));
  }
}
