package org.jbareos.config.dir;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.jbareos.config.schema.Directive;
import org.jbareos.config.schema.Keywords;
import org.jbareos.config.schema.ListTypes;
import org.jbareos.config.schema.ResourceType;
import org.jbareos.config.schema.RunScriptTypes;
import org.jbareos.config.schema.ScalarTypes;
import org.jbareos.config.schema.UnitTypes;
import org.jbareos.config.value.RunScript;

/**
 * Job and JobDefs (the same directives; a Job takes what it does not set from its JobDefs).
 *
 * <p>Names, types, defaults and required flags from Bareos's {@code job_items} (core/src/dird/dird_conf.cc).
 * Every directive is declared once here; read values with {@code resource.get(JobDirectives.NAME)}.
 */
public final class JobDirectives {

  private JobDirectives() {}

  public static final Directive<String> NAME =
      Directive.of("Name", ScalarTypes.NAME).required();

  public static final Directive<String> DESCRIPTION =
      Directive.of("Description", ScalarTypes.STRING);

  public static final Directive<String> TYPE =
      Directive.of("Type", Keywords.JOB_TYPE).required();

  public static final Directive<String> PROTOCOL =
      Directive.of("Protocol", Keywords.PROTOCOL).withDefault("Native");

  public static final Directive<String> BACKUP_FORMAT =
      Directive.of("BackupFormat", ScalarTypes.STRING).withDefault("Native");

  public static final Directive<String> LEVEL =
      Directive.of("Level", Keywords.LEVEL);

  public static final Directive<String> MESSAGES =
      Directive.of("Messages", ListTypes.reference("Messages")).required();

  public static final Directive<List<String>> STORAGE =
      Directive.of("Storage", ListTypes.references("Storage"));

  public static final Directive<String> POOL =
      Directive.of("Pool", ListTypes.reference("Pool")).required();

  public static final Directive<String> FULL_BACKUP_POOL =
      Directive.of("FullBackupPool", ListTypes.reference("Pool"));

  public static final Directive<String> VIRTUAL_FULL_BACKUP_POOL =
      Directive.of("VirtualFullBackupPool", ListTypes.reference("Pool"));

  public static final Directive<String> INCREMENTAL_BACKUP_POOL =
      Directive.of("IncrementalBackupPool", ListTypes.reference("Pool"));

  public static final Directive<String> DIFFERENTIAL_BACKUP_POOL =
      Directive.of("DifferentialBackupPool", ListTypes.reference("Pool"));

  public static final Directive<String> NEXT_POOL =
      Directive.of("NextPool", ListTypes.reference("Pool"));

  public static final Directive<String> CLIENT =
      Directive.of("Client", ListTypes.reference("Client"));

  public static final Directive<String> FILE_SET =
      Directive.of("FileSet", ListTypes.reference("FileSet"));

  public static final Directive<String> SCHEDULE =
      Directive.of("Schedule", ListTypes.reference("Schedule"));

  public static final Directive<String> JOB_TO_VERIFY =
      Directive.of("JobToVerify", ListTypes.reference("Job")).alias("VerifyJob");

  public static final Directive<String> CATALOG =
      Directive.of("Catalog", ListTypes.reference("Catalog"));

  public static final Directive<String> JOB_DEFS =
      Directive.of("JobDefs", ListTypes.reference("JobDefs"));

  public static final Directive<List<String>> RUN =
      Directive.of("Run", ListTypes.STRINGS);

  public static final Directive<String> WHERE =
      Directive.of("Where", ScalarTypes.STRING);

  public static final Directive<String> REGEX_WHERE =
      Directive.of("RegexWhere", ScalarTypes.STRING);

  public static final Directive<String> STRIP_PREFIX =
      Directive.of("StripPrefix", ScalarTypes.STRING);

  public static final Directive<String> ADD_PREFIX =
      Directive.of("AddPrefix", ScalarTypes.STRING);

  public static final Directive<String> ADD_SUFFIX =
      Directive.of("AddSuffix", ScalarTypes.STRING);

  public static final Directive<String> BOOTSTRAP =
      Directive.of("Bootstrap", ScalarTypes.STRING);

  public static final Directive<String> WRITE_BOOTSTRAP =
      Directive.of("WriteBootstrap", ScalarTypes.STRING);

  public static final Directive<String> REPLACE =
      Directive.of("Replace", Keywords.REPLACE).withDefault("Always");

  public static final Directive<Long> MAXIMUM_BANDWIDTH =
      Directive.of("MaximumBandwidth", UnitTypes.SPEED);

  public static final Directive<Duration> MAX_RUN_SCHED_TIME =
      Directive.of("MaxRunSchedTime", UnitTypes.TIME);

  public static final Directive<Duration> MAX_RUN_TIME =
      Directive.of("MaxRunTime", UnitTypes.TIME);

  public static final Directive<Duration> FULL_MAX_RUNTIME =
      Directive.of("FullMaxRuntime", UnitTypes.TIME);

  public static final Directive<Duration> INCREMENTAL_MAX_RUNTIME =
      Directive.of("IncrementalMaxRuntime", UnitTypes.TIME);

  public static final Directive<Duration> DIFFERENTIAL_MAX_RUNTIME =
      Directive.of("DifferentialMaxRuntime", UnitTypes.TIME);

  public static final Directive<Duration> MAX_WAIT_TIME =
      Directive.of("MaxWaitTime", UnitTypes.TIME);

  public static final Directive<Duration> MAX_START_DELAY =
      Directive.of("MaxStartDelay", UnitTypes.TIME);

  public static final Directive<Duration> MAX_FULL_INTERVAL =
      Directive.of("MaxFullInterval", UnitTypes.TIME);

  public static final Directive<Duration> MAX_VIRTUAL_FULL_INTERVAL =
      Directive.of("MaxVirtualFullInterval", UnitTypes.TIME);

  public static final Directive<Duration> MAX_DIFF_INTERVAL =
      Directive.of("MaxDiffInterval", UnitTypes.TIME);

  public static final Directive<Boolean> PREFIX_LINKS =
      Directive.of("PrefixLinks", ScalarTypes.BOOL).withDefault("false");

  public static final Directive<Boolean> PRUNE_JOBS =
      Directive.of("PruneJobs", ScalarTypes.BOOL).withDefault("false");

  public static final Directive<Boolean> PRUNE_FILES =
      Directive.of("PruneFiles", ScalarTypes.BOOL).withDefault("false");

  public static final Directive<Boolean> PRUNE_VOLUMES =
      Directive.of("PruneVolumes", ScalarTypes.BOOL).withDefault("false");

  public static final Directive<Boolean> PURGE_MIGRATION_JOB =
      Directive.of("PurgeMigrationJob", ScalarTypes.BOOL).withDefault("false");

  public static final Directive<Boolean> ENABLED =
      Directive.of("Enabled", ScalarTypes.BOOL).withDefault("true");

  public static final Directive<Boolean> SPOOL_ATTRIBUTES =
      Directive.of("SpoolAttributes", ScalarTypes.BOOL).withDefault("false");

  public static final Directive<Boolean> SPOOL_DATA =
      Directive.of("SpoolData", ScalarTypes.BOOL).withDefault("false");

  public static final Directive<Long> SPOOL_SIZE =
      Directive.of("SpoolSize", UnitTypes.SIZE);

  public static final Directive<Boolean> RERUN_FAILED_LEVELS =
      Directive.of("RerunFailedLevels", ScalarTypes.BOOL).withDefault("false");

  public static final Directive<Boolean> PREFER_MOUNTED_VOLUMES =
      Directive.of("PreferMountedVolumes", ScalarTypes.BOOL).withDefault("true");

  public static final Directive<List<RunScript>> RUN_BEFORE_JOB =
      Directive.of("RunBeforeJob", RunScriptTypes.shortForm("Before", false, true, false));

  public static final Directive<List<RunScript>> RUN_AFTER_JOB =
      Directive.of("RunAfterJob", RunScriptTypes.shortForm("After", false, true, false));

  public static final Directive<List<RunScript>> RUN_AFTER_FAILED_JOB =
      Directive.of("RunAfterFailedJob", RunScriptTypes.shortForm("After", false, false, true));

  public static final Directive<List<RunScript>> CLIENT_RUN_BEFORE_JOB =
      Directive.of("ClientRunBeforeJob", RunScriptTypes.shortForm("Before", true, true, false));

  public static final Directive<List<RunScript>> CLIENT_RUN_AFTER_JOB =
      Directive.of("ClientRunAfterJob", RunScriptTypes.shortForm("After", true, true, false));

  public static final Directive<Integer> MAXIMUM_CONCURRENT_JOBS =
      Directive.of("MaximumConcurrentJobs", ScalarTypes.PINT32).withDefault("1");

  public static final Directive<Boolean> RESCHEDULE_ON_ERROR =
      Directive.of("RescheduleOnError", ScalarTypes.BOOL).withDefault("false");

  public static final Directive<Duration> RESCHEDULE_INTERVAL =
      Directive.of("RescheduleInterval", UnitTypes.TIME).withDefault("1800");

  public static final Directive<Integer> RESCHEDULE_TIMES =
      Directive.of("RescheduleTimes", ScalarTypes.PINT32).withDefault("5");

  public static final Directive<Integer> PRIORITY =
      Directive.of("Priority", ScalarTypes.PINT32).withDefault("10");

  public static final Directive<Boolean> ALLOW_MIXED_PRIORITY =
      Directive.of("AllowMixedPriority", ScalarTypes.BOOL).withDefault("false");

  public static final Directive<String> SELECTION_PATTERN =
      Directive.of("SelectionPattern", ScalarTypes.STRING);

  public static final Directive<List<RunScript>> RUN_SCRIPT =
      Directive.of("RunScript", RunScriptTypes.BLOCK);

  public static final Directive<String> SELECTION_TYPE =
      Directive.of("SelectionType", Keywords.SELECTION_TYPE);

  public static final Directive<Boolean> ACCURATE =
      Directive.of("Accurate", ScalarTypes.BOOL).withDefault("false");

  public static final Directive<Boolean> ALLOW_DUPLICATE_JOBS =
      Directive.of("AllowDuplicateJobs", ScalarTypes.BOOL).withDefault("true");

  public static final Directive<Boolean> ALLOW_HIGHER_DUPLICATES =
      Directive.of("AllowHigherDuplicates", ScalarTypes.BOOL).withDefault("true").deprecated();

  public static final Directive<Boolean> CANCEL_LOWER_LEVEL_DUPLICATES =
      Directive.of("CancelLowerLevelDuplicates", ScalarTypes.BOOL).withDefault("false");

  public static final Directive<Boolean> CANCEL_QUEUED_DUPLICATES =
      Directive.of("CancelQueuedDuplicates", ScalarTypes.BOOL).withDefault("false");

  public static final Directive<Boolean> CANCEL_RUNNING_DUPLICATES =
      Directive.of("CancelRunningDuplicates", ScalarTypes.BOOL).withDefault("false");

  public static final Directive<Boolean> SAVE_FILE_HISTORY =
      Directive.of("SaveFileHistory", ScalarTypes.BOOL).withDefault("true");

  public static final Directive<Long> FILE_HISTORY_SIZE =
      Directive.of("FileHistorySize", UnitTypes.SIZE).withDefault("10000000");

  public static final Directive<List<String>> FD_PLUGIN_OPTIONS =
      Directive.of("FdPluginOptions", ListTypes.STRINGS);

  public static final Directive<List<String>> SD_PLUGIN_OPTIONS =
      Directive.of("SdPluginOptions", ListTypes.STRINGS);

  public static final Directive<List<String>> DIR_PLUGIN_OPTIONS =
      Directive.of("DirPluginOptions", ListTypes.STRINGS);

  public static final Directive<Integer> MAX_CONCURRENT_COPIES =
      Directive.of("MaxConcurrentCopies", ScalarTypes.PINT32).withDefault("100");

  public static final Directive<Boolean> ALWAYS_INCREMENTAL =
      Directive.of("AlwaysIncremental", ScalarTypes.BOOL).withDefault("false");

  public static final Directive<Duration> ALWAYS_INCREMENTAL_JOB_RETENTION =
      Directive.of("AlwaysIncrementalJobRetention", UnitTypes.TIME).withDefault("0");

  public static final Directive<Integer> ALWAYS_INCREMENTAL_KEEP_NUMBER =
      Directive.of("AlwaysIncrementalKeepNumber", ScalarTypes.PINT32).withDefault("0");

  public static final Directive<Duration> ALWAYS_INCREMENTAL_MAX_FULL_AGE =
      Directive.of("AlwaysIncrementalMaxFullAge", UnitTypes.TIME);

  public static final Directive<Integer> MAX_FULL_CONSOLIDATIONS =
      Directive.of("MaxFullConsolidations", ScalarTypes.PINT32).withDefault("0");

  public static final Directive<Duration> RUN_ON_INCOMING_CONNECT_INTERVAL =
      Directive.of("RunOnIncomingConnectInterval", UnitTypes.TIME).withDefault("0");

  /** Every directive, in Bareos's order. */
  public static final List<Directive<?>> ALL = all();

  public static final ResourceType JOB_TYPE = new ResourceType("Job", ALL);

  public static final ResourceType JOBDEFS_TYPE = new ResourceType("JobDefs", ALL);

  private static List<Directive<?>> all() {
    List<Directive<?>> all = new ArrayList<>(List.of(
        NAME, DESCRIPTION, TYPE, PROTOCOL, BACKUP_FORMAT, LEVEL, MESSAGES, STORAGE, POOL,
        FULL_BACKUP_POOL, VIRTUAL_FULL_BACKUP_POOL, INCREMENTAL_BACKUP_POOL,
        DIFFERENTIAL_BACKUP_POOL, NEXT_POOL, CLIENT, FILE_SET, SCHEDULE, JOB_TO_VERIFY, CATALOG,
        JOB_DEFS, RUN, WHERE, REGEX_WHERE, STRIP_PREFIX, ADD_PREFIX, ADD_SUFFIX, BOOTSTRAP,
        WRITE_BOOTSTRAP, REPLACE, MAXIMUM_BANDWIDTH, MAX_RUN_SCHED_TIME, MAX_RUN_TIME,
        FULL_MAX_RUNTIME, INCREMENTAL_MAX_RUNTIME, DIFFERENTIAL_MAX_RUNTIME, MAX_WAIT_TIME,
        MAX_START_DELAY, MAX_FULL_INTERVAL, MAX_VIRTUAL_FULL_INTERVAL, MAX_DIFF_INTERVAL,
        PREFIX_LINKS, PRUNE_JOBS, PRUNE_FILES, PRUNE_VOLUMES, PURGE_MIGRATION_JOB, ENABLED,
        SPOOL_ATTRIBUTES, SPOOL_DATA, SPOOL_SIZE, RERUN_FAILED_LEVELS, PREFER_MOUNTED_VOLUMES,
        RUN_BEFORE_JOB, RUN_AFTER_JOB, RUN_AFTER_FAILED_JOB, CLIENT_RUN_BEFORE_JOB,
        CLIENT_RUN_AFTER_JOB, MAXIMUM_CONCURRENT_JOBS, RESCHEDULE_ON_ERROR, RESCHEDULE_INTERVAL,
        RESCHEDULE_TIMES, PRIORITY, ALLOW_MIXED_PRIORITY, SELECTION_PATTERN, RUN_SCRIPT,
        SELECTION_TYPE, ACCURATE, ALLOW_DUPLICATE_JOBS, ALLOW_HIGHER_DUPLICATES,
        CANCEL_LOWER_LEVEL_DUPLICATES, CANCEL_QUEUED_DUPLICATES, CANCEL_RUNNING_DUPLICATES,
        SAVE_FILE_HISTORY, FILE_HISTORY_SIZE, FD_PLUGIN_OPTIONS, SD_PLUGIN_OPTIONS,
        DIR_PLUGIN_OPTIONS, MAX_CONCURRENT_COPIES, ALWAYS_INCREMENTAL,
        ALWAYS_INCREMENTAL_JOB_RETENTION, ALWAYS_INCREMENTAL_KEEP_NUMBER,
        ALWAYS_INCREMENTAL_MAX_FULL_AGE, MAX_FULL_CONSOLIDATIONS, RUN_ON_INCOMING_CONNECT_INTERVAL));
    return List.copyOf(all);
  }

}
