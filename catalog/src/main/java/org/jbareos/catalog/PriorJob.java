package org.jbareos.catalog;

import java.time.LocalDateTime;

/** A prior job's start time and unique name: the "since" time of an Incremental or Differential backup. */
public record PriorJob(LocalDateTime startTime, String job) {}
