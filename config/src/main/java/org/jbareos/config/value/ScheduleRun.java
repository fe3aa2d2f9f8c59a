package org.jbareos.config.value;

import java.util.List;
import java.util.Map;
import org.jbareos.config.SourcePosition;

/**
 * One {@code Run} line of a Schedule, split as Bareos's {@code dird/run_conf.cc:StoreRun} reads it:
 * {@code Run = Level=Full Pool=Weekly 1st sun at 23:05} or {@code Run = Incremental mon-fri at
 * 21:00}.
 *
 * @param overrides the {@code keyword=value} job overrides (Pool, FullPool, IncrementalPool,
 *     DifferentialPool, NextPool, Level, Storage, Messages, Priority, SpoolData, MaxRunSchedTime,
 *     Accurate), keys in Bareos's spelling; a bare level word ("Full") is the Level
 * @param when the date and time words in order ("1st", "sun", "at", "23:05"), each checked
 *     against Bareos's keywords; empty means Bareos's default, daily at 0:00
 * @param position where the value starts
 */
public record ScheduleRun(Map<String, String> overrides, List<String> when,
    SourcePosition position) {

  public ScheduleRun {
    overrides = Map.copyOf(overrides);
    when = List.copyOf(when);
  }

  /** The Level override, or null. */
  public String level() {
    return overrides.get("Level");
  }
}
