package org.jbareos.config.dir;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.jbareos.config.schema.Directive;
import org.jbareos.config.schema.Resource;
import org.jbareos.config.value.RunScript;

/**
 * A Job (or JobDefs) with its JobDefs already applied. {@code runScripts} holds the
 * {@code Run Script} blocks and the short forms ({@code Run Before Job}, ...) together, as Bareos
 * keeps them in one list.
 */
public record JobResource(String name, String type, String level, String client, String fileSet,
    List<String> storage, String pool, String fullBackupPool, String incrementalBackupPool,
    String differentialBackupPool, String virtualFullBackupPool, String nextPool, String messages,
    String schedule, String catalog, String jobDefs, String where, String replace,
    String bootstrap, String writeBootstrap, int priority, int maximumConcurrentJobs,
    String selectionType, String selectionPattern, boolean accurate, boolean enabled,
    Duration runOnIncomingConnectInterval, List<RunScript> runScripts, Resource resource) {

  private static final List<Directive<List<RunScript>>> SCRIPTS = List.of(JobDirectives.RUN_SCRIPT,
      JobDirectives.RUN_BEFORE_JOB, JobDirectives.RUN_AFTER_JOB, JobDirectives.RUN_AFTER_FAILED_JOB,
      JobDirectives.CLIENT_RUN_BEFORE_JOB, JobDirectives.CLIENT_RUN_AFTER_JOB);

  public static JobResource of(Resource r) {
    List<RunScript> scripts = new ArrayList<>();
    SCRIPTS.forEach(d -> r.find(d).ifPresent(scripts::addAll));
    return new JobResource(r.name(), r.get(JobDirectives.TYPE), r.get(JobDirectives.LEVEL),
        r.get(JobDirectives.CLIENT), r.get(JobDirectives.FILE_SET),
        r.find(JobDirectives.STORAGE).orElse(List.of()), r.get(JobDirectives.POOL),
        r.get(JobDirectives.FULL_BACKUP_POOL), r.get(JobDirectives.INCREMENTAL_BACKUP_POOL),
        r.get(JobDirectives.DIFFERENTIAL_BACKUP_POOL),
        r.get(JobDirectives.VIRTUAL_FULL_BACKUP_POOL), r.get(JobDirectives.NEXT_POOL),
        r.get(JobDirectives.MESSAGES), r.get(JobDirectives.SCHEDULE), r.get(JobDirectives.CATALOG),
        r.get(JobDirectives.JOB_DEFS), r.get(JobDirectives.WHERE), r.get(JobDirectives.REPLACE),
        r.get(JobDirectives.BOOTSTRAP), r.get(JobDirectives.WRITE_BOOTSTRAP),
        r.get(JobDirectives.PRIORITY), r.get(JobDirectives.MAXIMUM_CONCURRENT_JOBS),
        r.get(JobDirectives.SELECTION_TYPE), r.get(JobDirectives.SELECTION_PATTERN),
        r.get(JobDirectives.ACCURATE), r.get(JobDirectives.ENABLED),
        r.get(JobDirectives.RUN_ON_INCOMING_CONNECT_INTERVAL), List.copyOf(scripts), r);
  }
}
