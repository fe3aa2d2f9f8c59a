package org.jbareos.director.console;

import java.util.Objects;
import java.util.Optional;

/**
 * A console's {@code run job=<name> [level=..] [client=..] [pool=..] [storage=..] [fileset=..] yes}: the Job
 * resource and the overrides given on the command line ({@code dird/ua_run.cc}), for the job engine.
 *
 * @param jobName the Job resource
 * @param level {@code level=}
 * @param client {@code client=}
 * @param pool {@code pool=}
 * @param storage {@code storage=}
 * @param fileSet {@code fileset=}
 */
public record RunRequest(String jobName, Optional<String> level, Optional<String> client, Optional<String> pool,
    Optional<String> storage, Optional<String> fileSet) {

  public RunRequest {
    Objects.requireNonNull(jobName, "jobName");
    Objects.requireNonNull(level, "level");
    Objects.requireNonNull(client, "client");
    Objects.requireNonNull(pool, "pool");
    Objects.requireNonNull(storage, "storage");
    Objects.requireNonNull(fileSet, "fileSet");
  }

  /** The request a command line makes. */
  static RunRequest of(String jobName, CommandLine line) {
    return new RunRequest(jobName, line.valueOf("level"), line.valueOf("client"), line.valueOf("pool"),
        line.valueOf("storage"), line.valueOf("fileset"));
  }
}
