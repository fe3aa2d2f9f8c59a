package org.jbareos.director.job;

import java.util.Objects;
import java.util.Optional;

/**
 * The resources a {@code run} command names instead of the Job resource's ({@code run job=X client=Y pool=Z
 * storage=S fileset=F}, {@code dird/ua_run.cc}). A pool given here wins over the level's pool override.
 */
public record ResourceOverrides(
    Optional<String> client, Optional<String> pool, Optional<String> storage, Optional<String> fileSet) {

  /** The Job resource's own resources. */
  public static final ResourceOverrides NONE =
      new ResourceOverrides(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());

  public ResourceOverrides {
    Objects.requireNonNull(client, "client");
    Objects.requireNonNull(pool, "pool");
    Objects.requireNonNull(storage, "storage");
    Objects.requireNonNull(fileSet, "fileSet");
  }
}
