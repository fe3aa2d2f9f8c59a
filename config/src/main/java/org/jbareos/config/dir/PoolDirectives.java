package org.jbareos.config.dir;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.jbareos.config.schema.Directive;
import org.jbareos.config.schema.Keywords;
import org.jbareos.config.schema.ListTypes;
import org.jbareos.config.schema.ResourceType;
import org.jbareos.config.schema.ScalarTypes;
import org.jbareos.config.schema.UnitTypes;

/**
 * A Pool of volumes: type, label format, retention, limits, storage, next pool.
 *
 * <p>Names, types, defaults and required flags from Bareos's {@code pool_items} (core/src/dird/dird_conf.cc).
 * Every directive is declared once here; read values with {@code resource.get(PoolDirectives.NAME)}.
 */
public final class PoolDirectives {

  private PoolDirectives() {}

  public static final Directive<String> NAME =
      Directive.of("Name", ScalarTypes.NAME).required();

  public static final Directive<String> DESCRIPTION =
      Directive.of("Description", ScalarTypes.STRING);

  public static final Directive<String> POOL_TYPE =
      Directive.of("PoolType", Keywords.POOL_TYPE).withDefault("Backup");

  public static final Directive<String> LABEL_FORMAT =
      Directive.of("LabelFormat", ScalarTypes.STRING);

  public static final Directive<String> LABEL_TYPE =
      Directive.of("LabelType", Keywords.LABEL_TYPE).deprecated();

  public static final Directive<String> CLEANING_PREFIX =
      Directive.of("CleaningPrefix", ScalarTypes.STRING).withDefault("CLN");

  public static final Directive<Boolean> USE_CATALOG =
      Directive.of("UseCatalog", ScalarTypes.BOOL).withDefault("true");

  public static final Directive<Boolean> PURGE_OLDEST_VOLUME =
      Directive.of("PurgeOldestVolume", ScalarTypes.BOOL).withDefault("false");

  public static final Directive<String> ACTION_ON_PURGE =
      Directive.of("ActionOnPurge", Keywords.ACTION_ON_PURGE);

  public static final Directive<Boolean> RECYCLE_OLDEST_VOLUME =
      Directive.of("RecycleOldestVolume", ScalarTypes.BOOL).withDefault("false");

  public static final Directive<Boolean> RECYCLE_CURRENT_VOLUME =
      Directive.of("RecycleCurrentVolume", ScalarTypes.BOOL).withDefault("false");

  public static final Directive<Integer> MAXIMUM_VOLUMES =
      Directive.of("MaximumVolumes", ScalarTypes.PINT32);

  public static final Directive<Integer> MAXIMUM_VOLUME_JOBS =
      Directive.of("MaximumVolumeJobs", ScalarTypes.PINT32);

  public static final Directive<Integer> MAXIMUM_VOLUME_FILES =
      Directive.of("MaximumVolumeFiles", ScalarTypes.PINT32);

  public static final Directive<Long> MAXIMUM_VOLUME_BYTES =
      Directive.of("MaximumVolumeBytes", UnitTypes.SIZE);

  public static final Directive<Boolean> CATALOG_FILES =
      Directive.of("CatalogFiles", ScalarTypes.BOOL).withDefault("true");

  public static final Directive<Duration> VOLUME_RETENTION =
      Directive.of("VolumeRetention", UnitTypes.TIME).withDefault("31536000");

  public static final Directive<Duration> VOLUME_USE_DURATION =
      Directive.of("VolumeUseDuration", UnitTypes.TIME);

  public static final Directive<Duration> MIGRATION_TIME =
      Directive.of("MigrationTime", UnitTypes.TIME);

  public static final Directive<Long> MIGRATION_HIGH_BYTES =
      Directive.of("MigrationHighBytes", UnitTypes.SIZE);

  public static final Directive<Long> MIGRATION_LOW_BYTES =
      Directive.of("MigrationLowBytes", UnitTypes.SIZE);

  public static final Directive<String> NEXT_POOL =
      Directive.of("NextPool", ListTypes.reference("Pool"));

  public static final Directive<List<String>> STORAGE =
      Directive.of("Storage", ListTypes.references("Storage"));

  public static final Directive<Boolean> AUTO_PRUNE =
      Directive.of("AutoPrune", ScalarTypes.BOOL).withDefault("true");

  public static final Directive<Boolean> RECYCLE =
      Directive.of("Recycle", ScalarTypes.BOOL).withDefault("true");

  public static final Directive<String> RECYCLE_POOL =
      Directive.of("RecyclePool", ListTypes.reference("Pool"));

  public static final Directive<String> SCRATCH_POOL =
      Directive.of("ScratchPool", ListTypes.reference("Pool"));

  public static final Directive<String> CATALOG =
      Directive.of("Catalog", ListTypes.reference("Catalog"));

  public static final Directive<Duration> FILE_RETENTION =
      Directive.of("FileRetention", UnitTypes.TIME).deprecated();

  public static final Directive<Duration> JOB_RETENTION =
      Directive.of("JobRetention", UnitTypes.TIME).deprecated();

  public static final Directive<Long> MINIMUM_BLOCK_SIZE =
      Directive.of("MinimumBlockSize", UnitTypes.SIZE);

  public static final Directive<Long> MAXIMUM_BLOCK_SIZE =
      Directive.of("MaximumBlockSize", UnitTypes.SIZE);

  /** Every directive, in Bareos's order. */
  public static final List<Directive<?>> ALL = all();

  public static final ResourceType TYPE = new ResourceType("Pool", ALL);

  private static List<Directive<?>> all() {
    List<Directive<?>> all = new ArrayList<>(List.of(
        NAME, DESCRIPTION, POOL_TYPE, LABEL_FORMAT, LABEL_TYPE, CLEANING_PREFIX, USE_CATALOG,
        PURGE_OLDEST_VOLUME, ACTION_ON_PURGE, RECYCLE_OLDEST_VOLUME, RECYCLE_CURRENT_VOLUME,
        MAXIMUM_VOLUMES, MAXIMUM_VOLUME_JOBS, MAXIMUM_VOLUME_FILES, MAXIMUM_VOLUME_BYTES,
        CATALOG_FILES, VOLUME_RETENTION, VOLUME_USE_DURATION, MIGRATION_TIME, MIGRATION_HIGH_BYTES,
        MIGRATION_LOW_BYTES, NEXT_POOL, STORAGE, AUTO_PRUNE, RECYCLE, RECYCLE_POOL, SCRATCH_POOL,
        CATALOG, FILE_RETENTION, JOB_RETENTION, MINIMUM_BLOCK_SIZE, MAXIMUM_BLOCK_SIZE));
    return List.copyOf(all);
  }

}
