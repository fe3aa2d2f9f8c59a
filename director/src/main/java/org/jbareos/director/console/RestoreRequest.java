package org.jbareos.director.console;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jbareos.catalog.RestoreFile;

/**
 * What a console's {@code restore ... yes} hands to the job engine: the {@code run job=<restore job>
 * client=<client> where=.. replace=.. yes} that Bareos's restore command submits ({@code dird/ua_restore.cc
 * RestoreCmd}), with the selection itself instead of a bootstrap file name.
 *
 * @param jobName the Restore Job resource ({@code restorejob=}, or the only one)
 * @param client the client whose backups are restored (and which restores them)
 * @param jobIds the selected backup JobIds, oldest first
 * @param files the selected file versions (never empty)
 * @param where {@code where=}; empty means the Job resource's {@code Where}
 * @param replace {@code replace=} as its letter ({@code a}, {@code w}, {@code o}, {@code n}); empty means the Job
 *     resource's
 */
public record RestoreRequest(String jobName, String client, List<Long> jobIds, List<RestoreFile> files,
    Optional<String> where, Optional<Character> replace) {

  public RestoreRequest {
    Objects.requireNonNull(jobName, "jobName");
    Objects.requireNonNull(client, "client");
    jobIds = List.copyOf(jobIds);
    files = List.copyOf(files);
    Objects.requireNonNull(where, "where");
    Objects.requireNonNull(replace, "replace");
  }
}
