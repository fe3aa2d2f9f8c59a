package org.jbareos.director.job;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The unique job name {@code <Job>.<YYYY-MM-DD_HH.MM.SS>_<NN>} ({@code dird/job.cc CreateUniqueJobName}): the Job
 * resource name with spaces made {@code _}, the local time the job was created, and a two-digit sequence number that
 * counts jobs of this Director modulo 100, e.g. {@code backup-bareos-fd.2026-11-22_02.09.08_03}.
 */
public final class UniqueJobName {
  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd_HH.mm.ss");

  private final AtomicInteger sequence = new AtomicInteger();

  /** The next name for a job of {@code jobResource} created at {@code time}. */
  public String next(String jobResource, LocalDateTime time) {
    int number = sequence.getAndIncrement() % 100;
    return jobResource.replace(' ', '_') + "." + TIME.format(time) + "_" + String.format("%02d", number);
  }
}
